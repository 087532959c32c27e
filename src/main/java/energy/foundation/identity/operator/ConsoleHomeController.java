package energy.foundation.identity.operator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator console's first page.
 */
@Controller
class ConsoleHomeController {

	@GetMapping("/operator")
	String home() {
		return "operator/home";
	}

}
