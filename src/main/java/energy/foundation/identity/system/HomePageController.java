package energy.foundation.identity.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public start page: where tenant administrators and support operators choose how to
 * sign in.
 */
@Controller
class HomePageController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
