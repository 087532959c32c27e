package energy.foundation.identity.system;

import java.io.IOException;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated SCIM request with 401, an RFC 6750 challenge and the SCIM
 * error body (RFC 7644 §3.12), which Entra ID shows to the customer's administrator.
 */
final class ScimAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "scim";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		BearerChallenge challenge = BearerChallenge.of(REALM, exception);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
		ScimErrorWriter.write(response, challenge.status(), null, challenge.detail("SCIM credential"));
	}

}
