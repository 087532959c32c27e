package energy.foundation.identity.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * Failures of web pages become the HTML error page: the status is sent as an error, and
 * the container shows {@link ServiceErrorController}'s page. Page controllers say "not
 * found" with an exception annotated {@code @ResponseStatus(NOT_FOUND)}; a malformed id
 * in the path is not found too. Requests to the machine interfaces, and the security
 * exceptions that the filter chain turns into a sign-in redirect or a 403, are left to
 * the other resolvers.
 */
final class WebPageExceptionResolver implements HandlerExceptionResolver {

	private static final Logger logger = LoggerFactory.getLogger(WebPageExceptionResolver.class);

	private final HandlerExceptionResolver framework = new DefaultHandlerExceptionResolver();

	private final HandlerExceptionResolver responseStatus = new ResponseStatusExceptionResolver();

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!BrowserPaths.isBrowserPath(path) || exception instanceof AccessDeniedException
				|| exception instanceof AuthenticationException) {
			return null;
		}
		if (exception instanceof MethodArgumentTypeMismatchException || isNotFound(exception)) {
			// an id in the path that is not even well formed names no page either
			return ServiceErrorController.page(HttpStatus.NOT_FOUND);
		}
		ModelAndView resolved = this.framework.resolveException(request, response, handler, exception);
		if (resolved == null) {
			resolved = this.responseStatus.resolveException(request, response, handler, exception);
		}
		if (resolved != null) {
			return resolved;
		}
		logger.error("Web page request failed", exception);
		return sendError(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
	}

	private static boolean isNotFound(Exception exception) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
		return status != null && status.code() == HttpStatus.NOT_FOUND;
	}

	private static ModelAndView sendError(HttpServletResponse response, int status) {
		try {
			response.sendError(status);
		}
		catch (IOException ex) {
			logger.debug("Could not send the error page: the connection is gone");
		}
		return new ModelAndView();
	}

}
