package energy.foundation.identity.admin;

import java.io.Serial;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A valid ID token whose holder may not use the tenant admin app.
 */
final class SignInRefusedException extends OAuth2AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final SignInRefusal refusal;

	SignInRefusedException(SignInRefusal refusal) {
		super(new OAuth2Error("access_denied", "Sign-in refused: " + refusal.reason(), null));
		this.refusal = refusal;
	}

	SignInRefusal refusal() {
		return this.refusal;
	}

}
