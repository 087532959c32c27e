package energy.foundation.identity.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token
 * of at most 64 characters, a new one otherwise. The id is echoed in the response and
 * sits in the logging context as {@code requestId} while the request (and its error
 * dispatch) runs; the logging context is cleared afterwards.
 */
class RequestIdRequestFilter extends OncePerRequestFilter {

	/**
	 * The request and response header carrying the id.
	 */
	static final String HEADER = "X-Request-Id";

	/**
	 * The logging context key, also the request attribute holding the id.
	 */
	static final String KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = accepted(request.getHeader(HEADER));
		request.setAttribute(KEY, requestId);
		response.setHeader(HEADER, requestId);
		withRequestId(requestId, request, response, chain);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		Object requestId = request.getAttribute(KEY);
		if (requestId instanceof String id) {
			withRequestId(id, request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static void withRequestId(String requestId, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		MDC.put(KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			// Clear everything later filters and handlers added, so nothing leaks into
			// the
			// next request served by this pooled thread.
			MDC.clear();
		}
	}

	static String accepted(@Nullable String presented) {
		if (presented != null && ACCEPTED.matcher(presented).matches()) {
			return presented;
		}
		return UUID.randomUUID().toString();
	}

}
