package energy.foundation.identity.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a directory API request without a usable access token (RFC 6750 §3): 401 with a
 * {@code Bearer} challenge ({@code error="invalid_token"} when a token was sent) and a
 * problem body that says what to do, never repeating the token.
 */
final class DirectoryApiAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "directory-api";

	/**
	 * How the message of a token whose client is no longer usable begins.
	 */
	static final String REVOKED = "The access token's client";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		BearerChallenge challenge = BearerChallenge.of(REALM, exception);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
		ProblemWriter.write(request, response, challenge.status(), detail(challenge, exception));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
		ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, "The access token may not perform this request");
	}

	private static String detail(BearerChallenge challenge, AuthenticationException exception) {
		if (challenge.error() == null) {
			return "Authentication required: send an access token from POST /oauth2/token as a bearer token";
		}
		if (challenge.status() == HttpStatus.BAD_REQUEST) {
			return "The Authorization header is malformed; send it as: Bearer <access token>";
		}
		String message = exception.getMessage();
		if (message != null && message.toLowerCase(Locale.ROOT).contains("expired")) {
			return "The access token has expired; get a new one from POST /oauth2/token";
		}
		if (exception.getCause() == null && message != null && message.startsWith(REVOKED)) {
			return message;
		}
		return "The access token is not valid: it is malformed, was not issued by this service, or is not for"
				+ " this API";
	}

}
