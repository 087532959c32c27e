package energy.foundation.identity.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated operator API request with 401, an RFC 6750 challenge and a
 * problem body.
 */
final class OperatorAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "operator";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		BearerChallenge challenge = BearerChallenge.of(REALM, exception);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
		ProblemWriter.write(request, response, challenge.status(), challenge.detail("operator token"));
	}

}
