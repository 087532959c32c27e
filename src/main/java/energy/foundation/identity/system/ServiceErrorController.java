package energy.foundation.identity.system;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that the servlet container raises outside Spring MVC (a malformed URL, a
 * {@code sendError} from a filter): a SCIM error body under {@code /scim/}, so that a
 * SCIM client never sees an HTML page, and RFC 9457 problem details elsewhere.
 */
@RestController
class ServiceErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<?> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String detail = (status == HttpStatus.NOT_FOUND) ? "No endpoint at this path" : status.getReasonPhrase();
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/scim/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.parseMediaType(ScimErrorWriter.SCIM_JSON))
				.body(ScimErrorWriter.bytes(status, null, detail));
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			// Asked for directly rather than forwarded with an error: there is nothing
			// here.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(value);
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
