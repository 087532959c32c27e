package energy.foundation.identity.system;

import java.util.LinkedHashMap;
import java.util.Map;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Answers errors that reach the error page: those the servlet container raises outside
 * Spring MVC (a malformed URL, a {@code sendError} from a filter) and those of the web
 * pages. Under {@code /scim/} it writes a SCIM error body, so that a SCIM client never
 * sees an HTML page; under {@code /operator/api/} and {@code /actuator/} RFC 9457 problem
 * details; everywhere else, where people browse, an HTML page in the consoles' layout
 * without any internals.
 */
@Controller
class ServiceErrorController implements ErrorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String detail = (status == HttpStatus.NOT_FOUND) ? "No endpoint at this path" : status.getReasonPhrase();
		String path = pathOf(request);
		if (path.startsWith("/scim/")) {
			return body(status, ScimErrorWriter.SCIM_JSON, ScimErrorWriter.bytes(status, null, detail));
		}
		if (!BrowserPaths.isBrowserPath(path)) {
			return body(status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem(status, detail));
		}
		return page(status);
	}

	/**
	 * The HTML error page of the consoles, in their layout, without any internals.
	 */
	static ModelAndView page(HttpStatus status) {
		return new ModelAndView("error/page",
				Map.of("status", status.value(), "kind", kindOf(status), "requestId", requestId()), status);
	}

	private static ModelAndView body(HttpStatus status, String contentType, byte[] bytes) {
		View view = (model, request, response) -> {
			response.setStatus(status.value());
			response.setContentType(contentType);
			response.getOutputStream().write(bytes);
		};
		return new ModelAndView(view);
	}

	// RFC 9457 problem details, as Spring MVC writes them elsewhere in this service
	private static byte[] problem(HttpStatus status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		return JSON.writeValueAsBytes(problem);
	}

	private static String kindOf(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "not-found";
			default -> status.is4xxClientError() ? "bad-request" : "failed";
		};
	}

	private static String requestId() {
		String requestId = MDC.get("requestId");
		return (requestId != null) ? requestId : "";
	}

	private static String pathOf(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String text) ? text : request.getRequestURI();
		String contextPath = request.getContextPath();
		return path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
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
