package energy.foundation.identity.scim;

import java.net.URI;
import java.sql.SQLException;

import energy.foundation.identity.directory.InvalidMemberException;
import energy.foundation.identity.directory.InvalidResourceException;
import energy.foundation.identity.directory.ResourceNotFoundException;
import energy.foundation.identity.directory.UniquenessException;
import energy.foundation.identity.directory.UnsupportedFilterException;
import energy.foundation.identity.directory.VersionMismatchException;
import energy.foundation.identity.scim.error.ScimErrorWriter;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.InvalidFilterException;
import energy.foundation.identity.scim.filter.InvalidPathException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become responses (RFC 7644 §3.12): a SCIM error body as
 * {@code application/scim+json} for every request under {@code /scim/}, including
 * failures the framework raises before any controller runs, and RFC 9457 problem details
 * elsewhere. An unexpected exception is logged once here, with the request id, and
 * answered with a generic 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ScimExceptionAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ScimExceptionAdvice.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler(ScimException.class)
	ResponseEntity<?> scim(ScimException ex, HttpServletRequest request) {
		return respond(request, ex.status(), ex.scimType(), ex.detail());
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ResponseEntity<?> notFound(ResourceNotFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, null, ex.getMessage());
	}

	@ExceptionHandler(UniquenessException.class)
	ResponseEntity<?> uniqueness(UniquenessException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "uniqueness", ex.getMessage());
	}

	@ExceptionHandler(VersionMismatchException.class)
	ResponseEntity<?> versionMismatch(VersionMismatchException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.PRECONDITION_FAILED, null, ex.getMessage());
	}

	@ExceptionHandler({ InvalidMemberException.class, InvalidResourceException.class })
	ResponseEntity<?> invalidValue(RuntimeException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "invalidValue", ex.getMessage());
	}

	@ExceptionHandler({ InvalidFilterException.class, UnsupportedFilterException.class })
	ResponseEntity<?> invalidFilter(RuntimeException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "invalidFilter", ex.getMessage());
	}

	// the firewall refuses some parameters only when they are first read, inside the
	// controller
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<?> rejected(RequestRejectedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "invalidSyntax",
				"A parameter name or value holds a character that is not allowed, such as a control character");
	}

	@ExceptionHandler(InvalidPathException.class)
	ResponseEntity<?> invalidPath(InvalidPathException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "invalidPath", ex.getMessage());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<?> methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		ResponseEntity<?> response = respond(request, HttpStatus.METHOD_NOT_ALLOWED, null,
				"Method " + ex.getMethod() + " is not supported on this endpoint");
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getHeaders());
		if (ex.getSupportedHttpMethods() != null) {
			headers.setAllow(ex.getSupportedHttpMethods());
		}
		return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
	}

	/**
	 * A body of a type no endpoint reads. Raised before a controller is chosen, so every
	 * path comes here; outside SCIM the endpoints read plain JSON. (The parameter is an
	 * {@link Exception}: {@link HttpMediaTypeNotSupportedException} is a checked one.)
	 */
	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class })
	ResponseEntity<?> unsupportedMediaType(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
				isScim(request) ? "Content-Type must be application/scim+json or application/json"
						: "Send the request body as application/json");
	}

	/**
	 * An {@code Accept} header that rules out every answer; raised before a controller is
	 * chosen, as above.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<?> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_ACCEPTABLE, null, isScim(request) ? "Responses are application/scim+json"
				: "Responses are JSON: Accept application/json (errors are application/problem+json)");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<?> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, null, "No endpoint at this path");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<?> notReadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body could not be read");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingRequestValueException.class })
	ResponseEntity<?> badParameter(Exception ex, HttpServletRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && "organisationId".equals(mismatch.getName())) {
			return respond(request, HttpStatus.NOT_FOUND, null, "No endpoint at this path");
		}
		return respond(request, HttpStatus.BAD_REQUEST, "invalidValue", "A request parameter is missing or malformed");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, null, "The request body is too large");
	}

	@ExceptionHandler({ DataAccessException.class, org.jooq.exception.DataAccessException.class })
	ResponseEntity<?> database(RuntimeException ex, HttpServletRequest request) {
		// The message of a database error may quote the statement's values (names, e-mail
		// addresses), so only its kind and SQL state are logged.
		logger.error("Failed to answer request: database error {} (SQL state {})", ex.getClass().getSimpleName(),
				sqlState(ex));
		return internalError(request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<?> unexpected(Exception ex, HttpServletRequest request) {
		logger.error("Failed to answer request", ex);
		return internalError(request);
	}

	private static ResponseEntity<?> internalError(HttpServletRequest request) {
		String requestId = MDC.get("requestId");
		String detail = "The service failed to answer this request"
				+ ((requestId != null) ? "; quote request id " + requestId + " to support" : "");
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, null, detail);
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	static ResponseEntity<?> respond(HttpServletRequest request, HttpStatusCode status, @Nullable String scimType,
			@Nullable String detail) {
		String text = (detail != null) ? detail : HttpStatus.valueOf(status.value()).getReasonPhrase();
		if (status.is4xxClientError()) {
			logger.debug("Refused request with status {} and scimType {}", status.value(), scimType);
		}
		if (isScim(request)) {
			RequestActivity.of(request).scimType(scimType);
			ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
			if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
				builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\", error=\"invalid_token\"");
			}
			return builder.contentType(ScimResponses.SCIM_JSON).body(ScimErrorWriter.bytes(status, scimType, text));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
		problem.setType(ABOUT_BLANK);
		return ResponseEntity.status(status).body(problem);
	}

	static boolean isScim(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/scim/");
	}

}
