package energy.foundation.identity.system;

import energy.foundation.identity.admin.TenantAdministrator;
import energy.foundation.identity.operator.ConsoleOperator;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the name of the person signed in, for the navigation bar.
 */
@ControllerAdvice
class SignedInPersonAdvice {

	@ModelAttribute("signedInAs")
	@Nullable String signedInAs(@Nullable Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		return switch (authentication.getPrincipal()) {
			case TenantAdministrator administrator -> administrator.displayName();
			case ConsoleOperator operator -> operator.displayName();
			case null, default -> null;
		};
	}

}
