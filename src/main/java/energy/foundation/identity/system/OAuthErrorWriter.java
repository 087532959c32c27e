package energy.foundation.identity.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an error of the token endpoint as RFC 6749 §5.2 asks: a JSON object with
 * {@code error} and {@code error_description}, never cached.
 */
final class OAuthErrorWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private OAuthErrorWriter() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String error, String description)
			throws IOException {
		ObjectNode body = MAPPER.createObjectNode();
		body.put("error", error);
		body.put("error_description", description);
		byte[] bytes = MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);

		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		response.flushBuffer();
	}

}
