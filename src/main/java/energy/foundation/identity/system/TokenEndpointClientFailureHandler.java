package energy.foundation.identity.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a token request whose client did not authenticate (RFC 6749 §5.2): 401
 * {@code invalid_client}, with a {@code Basic} challenge when the client tried the
 * {@code Authorization} header, as the RFC requires; a malformed client authentication
 * gets 400 {@code invalid_request}. The answer never tells an unknown client from a wrong
 * secret or a revoked client.
 */
final class TokenEndpointClientFailureHandler implements AuthenticationFailureHandler, AuthenticationEntryPoint {

	static final String REALM = "directory-api";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof OAuth2AuthenticationException oauth2
				&& !OAuth2ErrorCodes.INVALID_CLIENT.equals(oauth2.getError().getErrorCode())) {
			OAuthErrorWriter.write(response, HttpStatus.BAD_REQUEST, OAuth2ErrorCodes.INVALID_REQUEST,
					"The client authentication is malformed: send client_id and client_secret either by HTTP Basic"
							+ " or in the form body, once");
			return;
		}
		refuse(request, response, "Client authentication failed: the client is unknown or revoked, its secret is"
				+ " wrong, or its instance or organisation is no longer active");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		refuse(request, response, "Client authentication required: send client_id and client_secret by HTTP Basic"
				+ " (client_secret_basic) or in the form body (client_secret_post)");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String description)
			throws IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && !authorization.isBlank()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		}
		OAuthErrorWriter.write(response, HttpStatus.UNAUTHORIZED, OAuth2ErrorCodes.INVALID_CLIENT, description);
	}

}
