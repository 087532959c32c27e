package energy.foundation.identity.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word on a failed request, for failures that never reach the application:
 * a request line or header that is too long or malformed, a path Tomcat refuses to
 * decode. Instead of Tomcat's HTML page it writes the SCIM error body (for SCIM paths,
 * and when the path could not be read) or an RFC 9457 problem, so that a SCIM client
 * never has to parse HTML.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String path = requestPath(request);
		boolean scim = path == null || path.startsWith("/scim/");
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		String detail = detail(code);
		try {
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (scim) {
				response.setContentType(ScimErrorWriter.SCIM_JSON);
				writer.write(new String(ScimErrorWriter.bytes(code, null, detail), StandardCharsets.UTF_8));
			}
			else {
				response.setContentType("application/problem+json");
				writer.write(problem(code, detail));
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response was committed meanwhile: nothing
			// left to tell.
		}
	}

	private static @Nullable String requestPath(Request request) {
		try {
			return request.getRequestURI();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	// the same members as the problems the application writes; no text here needs
	// escaping
	private static String problem(HttpStatusCode code, String detail) {
		HttpStatus status = HttpStatus.resolve(code.value());
		String title = (status != null) ? status.getReasonPhrase() : "Error";
		return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code.value() + ",\"detail\":\""
				+ detail + "\"}";
	}

	private static String detail(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		String reason = (status != null) ? status.getReasonPhrase() : "Error";
		return "The request could not be processed: " + reason;
	}

}
