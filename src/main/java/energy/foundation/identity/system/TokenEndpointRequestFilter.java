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
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prepares a request to the token endpoint before Spring's authorization server support
 * sees it. A {@code DPoP} proof header (RFC 9449) is hidden: the service issues bearer
 * tokens only, and a client that sent a proof learns so from {@code token_type} Bearer in
 * the answer (RFC 9449 §5), instead of getting a DPoP-bound token that no API of this
 * service accepts.
 */
final class TokenEndpointRequestFilter extends OncePerRequestFilter {

	private static final String DPOP_HEADER = "DPoP";

	private static final String BASIC = "Basic ";

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
		if (authenticatesTwice(request)) {
			OAuthErrorWriter.write(response, HttpStatus.BAD_REQUEST, OAuth2ErrorCodes.INVALID_REQUEST,
					"Authenticate the client once: either HTTP Basic or client_id and client_secret in the form");
			return;
		}
		chain.doFilter(new WithoutDPoPProof(request), response);
	}

	/**
	 * Whether the client authenticates by HTTP Basic and in the form as well. A
	 * {@code client_id} in the form that names the Basic client is allowed: it identifies
	 * the client without authenticating it.
	 */
	private static boolean authenticatesTwice(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return false;
		}
		String formClientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
		return request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| (formClientId != null && !formClientId.equals(basicClientId(authorization)));
	}

	/**
	 * The client id of an HTTP Basic {@code Authorization} header (form-encoded, RFC 6749
	 * §2.3.1), or {@code null} when the header is malformed.
	 */
	private static @Nullable String basicClientId(String authorization) {
		try {
			byte[] decoded = Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip());
			String credentials = new String(decoded, StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return (colon < 0) ? null : URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
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
