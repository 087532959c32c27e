package energy.foundation.identity.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout of every page whether the local development sign-in is on, so that it
 * shows its warning banner.
 */
@ControllerAdvice
class LocalSignInAdvice {

	private final TenantSignInSettings settings;

	LocalSignInAdvice(TenantSignInSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("localSignIn")
	boolean localSignIn() {
		return this.settings.local();
	}

}
