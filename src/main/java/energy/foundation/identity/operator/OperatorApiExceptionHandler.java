package energy.foundation.identity.operator;

import java.net.URI;

import energy.foundation.identity.credential.InvalidCredentialException;
import energy.foundation.identity.organisation.DuplicateInstanceNameException;
import energy.foundation.identity.organisation.DuplicateTenantException;
import energy.foundation.identity.organisation.InstanceRetiredException;
import energy.foundation.identity.organisation.InvalidInstanceException;
import energy.foundation.identity.organisation.InvalidOrganisationException;
import energy.foundation.identity.organisation.UnknownInstanceException;
import energy.foundation.identity.organisation.UnknownOrganisationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of the operator API with an RFC 9457 problem body
 * ({@code application/problem+json}) whose {@code type} is {@code about:blank}.
 */
@RestControllerAdvice(basePackageClasses = OperatorApiExceptionHandler.class)
class OperatorApiExceptionHandler extends ResponseEntityExceptionHandler {

	// RFC 9457 §4.2.1: the status says what kind of problem it is
	private static final URI BLANK = URI.create("about:blank");

	private static final Logger logger = LoggerFactory.getLogger(OperatorApiExceptionHandler.class);

	@ExceptionHandler({ InvalidOrganisationException.class, InvalidCredentialException.class,
			InvalidRequestException.class, InvalidInstanceException.class })
	ProblemDetail invalid(RuntimeException exception) {
		return problem(HttpStatus.BAD_REQUEST, message(exception));
	}

	@ExceptionHandler({ DuplicateTenantException.class, DuplicateInstanceNameException.class,
			InstanceRetiredException.class })
	ProblemDetail conflict(RuntimeException exception) {
		return problem(HttpStatus.CONFLICT, message(exception));
	}

	@ExceptionHandler({ NotFoundException.class, UnknownOrganisationException.class, UnknownInstanceException.class })
	ProblemDetail notFound(RuntimeException exception) {
		return problem(HttpStatus.NOT_FOUND, message(exception));
	}

	// the firewall refuses some parameters only when they are first read, inside the
	// controller
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException exception) {
		return problem(HttpStatus.BAD_REQUEST,
				"A parameter name or value holds a character that is not allowed, such as a control character");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception) {
		logger.error("Operator API request failed", exception);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request failed unexpectedly; quote request id " + MDC.get("requestId") + " to support");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON or does not have the expected shape");
		return handleExceptionInternal(exception, body, headers, status, request);
	}

	/**
	 * Gives the problems the framework writes (a wrong method, say) the same {@code type}
	 * as the API's own.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() == null) {
			problem.setType(BLANK);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(BLANK);
		return problem;
	}

	private static String message(RuntimeException exception) {
		String message = exception.getMessage();
		return (message != null) ? message : "The request is not acceptable";
	}

}
