package energy.foundation.identity.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a request to the token endpoint before Spring's authorization server support
 * sees it, and refuses it with an RFC 6749 §5.2 error body:
 * <ul>
 * <li>another method than POST gets 405 with {@code Allow: POST} (RFC 6749 §3.2);</li>
 * <li>a form the servlet container cannot read (a malformed percent-encoding, too many
 * parameters) gets 400 {@code invalid_request}, a body over the container's limit 413
 * with the same error;</li>
 * <li>a request without exactly one {@code grant_type} gets 400 {@code invalid_request},
 * and any other grant than {@code client_credentials} 400 {@code unsupported_grant_type},
 * before its client authentication is looked at;</li>
 * <li>a client that authenticates twice, by HTTP Basic and with {@code client_secret} (or
 * another {@code client_id}) in the form, gets 400 {@code invalid_request}: RFC 6749 §2.3
 * allows one authentication method per request, and Spring would silently use the
 * header.</li>
 * </ul>
 * A {@code DPoP} proof header (RFC 9449) is hidden: the service issues bearer tokens
 * only, and a client that sent a proof learns so from {@code token_type} Bearer in the
 * answer (RFC 9449 §5), instead of getting a DPoP-bound token that no API of this service
 * accepts.
 */
final class TokenEndpointRequestFilter extends OncePerRequestFilter {

	private static final String DPOP_HEADER = "DPoP";

	private static final String BASIC = "Basic";

	// Tomcat's default maxParameterCount.
	private static final int MAX_PARAMETERS = 1000;

	private final RequestMatcher endpoint;

	TokenEndpointRequestFilter(String path) {
		this.endpoint = PathPatternRequestMatcher.pathPattern(path);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.endpoint.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal == null) {
			chain.doFilter(new WithoutDPoPProof(request), response);
			return;
		}
		if (refusal.status() == HttpStatus.METHOD_NOT_ALLOWED) {
			response.setHeader(HttpHeaders.ALLOW, HttpMethod.POST.name());
		}
		OAuthErrorWriter.write(response, refusal.status(), refusal.error(), refusal.description());
	}

	/**
	 * Why the request is refused before the client is authenticated, or {@code null} when
	 * it may go on.
	 */
	private static @Nullable Refusal refusal(HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return Refusal.invalidRequest(HttpStatus.METHOD_NOT_ALLOWED,
					"The token endpoint takes POST only, with the parameters as an"
							+ " application/x-www-form-urlencoded body");
		}

		Refusal unreadable = unreadableForm(request);
		if (unreadable != null) {
			return unreadable;
		}

		String[] grantTypes = request.getParameterValues(OAuth2ParameterNames.GRANT_TYPE);
		if (grantTypes == null || grantTypes.length != 1 || grantTypes[0].isBlank()) {
			return Refusal.invalidRequest(HttpStatus.BAD_REQUEST, "Send grant_type=client_credentials, once");
		}
		if (!AuthorizationGrantType.CLIENT_CREDENTIALS.getValue().equals(grantTypes[0])) {
			return new Refusal(HttpStatus.BAD_REQUEST, OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE,
					"The token endpoint supports the client_credentials grant only");
		}

		if (authenticatesTwice(request)) {
			return Refusal.invalidRequest(HttpStatus.BAD_REQUEST,
					"Authenticate the client once: either HTTP Basic or client_id and client_secret in the form");
		}
		return null;
	}

	/**
	 * Reads the form, which Tomcat parses on first use, and tells why it cannot be read:
	 * 413 when the body is larger than Tomcat accepts, 400 for every other failure;
	 * {@code null} when it can.
	 */
	private static @Nullable Refusal unreadableForm(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return null;
		}
		catch (IllegalStateException ex) {
			if (ex instanceof InvalidParameterException invalid
					&& invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				return Refusal.invalidRequest(HttpStatus.CONTENT_TOO_LARGE,
						"The request body is too large for a token request");
			}
			return Refusal.invalidRequest(HttpStatus.BAD_REQUEST,
					"The form cannot be read: send it as application/x-www-form-urlencoded with percent-encoded"
							+ " values and at most " + MAX_PARAMETERS + " parameters");
		}
	}

	/**
	 * Whether the client authenticates by HTTP Basic and in the form as well. A
	 * {@code client_id} in the form that names the Basic client is allowed: it identifies
	 * the client without authenticating it.
	 */
	private static boolean authenticatesTwice(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		// split as Spring's Basic converter does: the scheme, any whitespace, the
		// credentials
		String[] parts = (authorization != null) ? authorization.strip().split("\\s+", 2) : new String[0];
		if (parts.length != 2 || !parts[0].equalsIgnoreCase(BASIC)) {
			return false;
		}
		String formClientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
		return request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| (formClientId != null && !formClientId.equals(basicClientId(parts[1])));
	}

	/**
	 * The client id in the credentials of an HTTP Basic {@code Authorization} header
	 * (base64 of form-encoded id and secret, RFC 6749 §2.3.1), or {@code null} when they
	 * are malformed.
	 */
	private static @Nullable String basicClientId(String encodedCredentials) {
		try {
			byte[] decoded = Base64.getDecoder().decode(encodedCredentials.strip());
			String credentials = new String(decoded, StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return (colon < 0) ? null : URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * An RFC 6749 §5.2 error answer.
	 */
	private record Refusal(HttpStatus status, String error, String description) {

		static Refusal invalidRequest(HttpStatus status, String description) {
			return new Refusal(status, OAuth2ErrorCodes.INVALID_REQUEST, description);
		}

	}

	/**
	 * The request as if it carried no {@code DPoP} header.
	 */
	private static final class WithoutDPoPProof extends HttpServletRequestWrapper {

		WithoutDPoPProof(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return DPOP_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return DPOP_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !DPOP_HEADER.equalsIgnoreCase(name))
				.toList());
		}

	}

}
