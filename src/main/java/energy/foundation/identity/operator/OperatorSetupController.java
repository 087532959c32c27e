package energy.foundation.identity.operator;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /operator/setup}: creates the first operator account for someone holding an
 * operator token, and only while no operator account exists.
 */
@Controller
class OperatorSetupController {

	private static final String PAGE = "operator/setup";

	private final OperatorAccounts accounts;

	private final ConsoleAudit audit;

	OperatorSetupController(OperatorAccounts accounts, ConsoleAudit audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/operator/setup")
	String form(Model model) {
		model.addAttribute("setupDone", this.accounts.setupDone());
		model.addAttribute("form", AccountForm.empty());
		return PAGE;
	}

	@PostMapping("/operator/setup")
	String setUp(AccountForm form, Model model, HttpServletRequest request) {
		try {
			String token = (form.token() != null) ? form.token() : "";
			OperatorAccount account = this.accounts.setUp(token, form.usernameText(), form.displayNameText(),
					form.confirmedPassword());
			this.audit.recordSetUp(account, request);
		}
		catch (OperatorAccountException ex) {
			model.addAttribute("setupDone", this.accounts.setupDone());
			model.addAttribute("form", form.withoutSecrets());
			model.addAttribute("error", ex.getMessage());
			return PAGE;
		}
		return "redirect:" + OperatorSignIn.SIGN_IN_PAGE + "?setup";
	}

}
