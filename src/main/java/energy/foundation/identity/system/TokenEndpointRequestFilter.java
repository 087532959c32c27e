package energy.foundation.identity.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

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
		chain.doFilter(new WithoutDPoPProof(request), response);
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
