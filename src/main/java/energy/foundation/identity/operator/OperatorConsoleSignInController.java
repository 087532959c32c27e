package energy.foundation.identity.operator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator console's sign-in page; the form posts to Spring Security's form login.
 */
@Controller
class OperatorConsoleSignInController {

	private final OperatorAccounts accounts;

	OperatorConsoleSignInController(OperatorAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(OperatorSignIn.SIGN_IN_PAGE)
	String signIn(Model model) {
		model.addAttribute("setupDone", this.accounts.setupDone());
		return "operator/sign-in";
	}

}
