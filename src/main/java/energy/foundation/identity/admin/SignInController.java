package energy.foundation.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant administrators' sign-in page and the page that says why a sign-in was
 * refused. Neither shows anything of any organisation.
 */
@Controller
class SignInController {

	private final TenantSignInSettings settings;

	SignInController(TenantSignInSettings settings) {
		this.settings = settings;
	}

	@GetMapping(TenantAdministratorSignIn.SIGN_IN_PAGE)
	String signIn(Model model) {
		model.addAttribute("configured", this.settings.clientRegistration() != null);
		return "sign-in/sign-in";
	}

	@GetMapping(SignInFailureHandler.REFUSED_PAGE)
	String refused(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object refusal = (session != null) ? session.getAttribute(SignInRefusal.SESSION_ATTRIBUTE) : null;
		if (refusal instanceof SignInRefusal known) {
			model.addAttribute("reason", known.reason().name());
			model.addAttribute("tenantId", known.tenantId());
		}
		else {
			model.addAttribute("reason", SignInRefusal.Reason.PROVIDER_ERROR.name());
		}
		model.addAttribute("role", this.settings.entra().tenantAdministratorRole());
		return "sign-in/refused";
	}

}
