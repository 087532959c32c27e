package energy.foundation.identity.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused or failed tenant administrator sign-in to the refusal page, with the
 * reason in the session.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String REFUSED_PAGE = "/sign-in/refused";

	private static final Logger logger = LoggerFactory.getLogger(SignInFailureHandler.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		SignInRefusal refusal = refusalOf(exception);
		request.getSession().setAttribute(SignInRefusal.SESSION_ATTRIBUTE, refusal);
		response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
	}

	private static SignInRefusal refusalOf(AuthenticationException exception) {
		if (exception instanceof SignInRefusedException refused) {
			return refused.refusal();
		}
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: "unknown";
		logger.info("Tenant administrator sign-in failed: {}", code);
		return switch (code) {
			case EntraIdTokenValidator.INVALID_ID_TOKEN, "invalid_nonce", "invalid_state_parameter",
					"authorization_request_not_found" ->
				new SignInRefusal(SignInRefusal.Reason.INVALID_TOKEN, null);
			default -> new SignInRefusal(SignInRefusal.Reason.PROVIDER_ERROR, null);
		};
	}

}
