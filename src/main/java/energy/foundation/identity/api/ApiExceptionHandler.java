package energy.foundation.identity.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.UriUtils;

/**
 * Answers every failure of the directory API with an RFC 9457 problem body
 * ({@code application/problem+json}) whose detail tells the caller what to change; an
 * unexpected failure becomes a 500 that names the request id and nothing else. The
 * {@code type} is always {@code about:blank} (RFC 9457 §4.2.1): the status is the kind of
 * problem, the detail says what to change.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/**
	 * The {@code type} of every problem the API answers.
	 */
	static final URI BLANK = URI.create("about:blank");

	/**
	 * The detail of a request the firewall refused while its parameters were read.
	 */
	static final String REJECTED = "A parameter name or value holds a character that is not allowed, "
			+ "such as a control character";

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiRequestException.class)
	ProblemDetail refused(ApiRequestException exception, HttpServletRequest request) {
		logger.debug("Refused a directory API request with {}", exception.status().value());
		return withInstance(problem(exception.status(), exception.detail()), request);
	}

	/**
	 * The firewall refuses some parameters only when they are first read, inside the
	 * controller.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException exception, HttpServletRequest request) {
		logger.debug("Refused a directory API request with {}", HttpStatus.BAD_REQUEST.value());
		return withInstance(problem(HttpStatus.BAD_REQUEST, REJECTED), request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
		logger.error("Directory API request failed", exception);
		return withInstance(
				problem(HttpStatus.INTERNAL_SERVER_ERROR,
						"The request failed unexpectedly; quote request id " + MDC.get("requestId") + " to support"),
				request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(exception, SignInDecisionBodyLimit.BodyTooLargeException.class)) {
			logger.debug("Refused a directory API request with {}", HttpStatus.CONTENT_TOO_LARGE.value());
			return handleExceptionInternal(exception,
					problem(HttpStatus.CONTENT_TOO_LARGE, SignInDecisionBodyLimit.DETAIL), headers,
					HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON or does not have the expected shape");
		return handleExceptionInternal(exception, body, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = exception.getPropertyName();
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST,
				"Parameter " + ((name != null) ? name : "value") + " has a value of the wrong type");
		return handleExceptionInternal(exception, body, headers, status, request);
	}

	/**
	 * Gives the problems the framework writes (a missing parameter, say) the same
	 * {@code type} as the API's own.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null) {
				problem.setType(BLANK);
			}
			if (request instanceof ServletWebRequest servlet) {
				withInstance(problem, servlet.getRequest());
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/**
	 * Names the request's path as the problem's {@code instance}, which the framework
	 * would otherwise do with {@link URI#create}: that throws on a raw brace or bar that
	 * the server lets through, and turned the answer into a bare 500.
	 */
	private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
		String path = request.getRequestURI();
		try {
			problem.setInstance(URI.create(path));
		}
		catch (IllegalArgumentException ex) {
			problem.setInstance(URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8)));
		}
		return problem;
	}

	private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(BLANK);
		return problem;
	}

}
