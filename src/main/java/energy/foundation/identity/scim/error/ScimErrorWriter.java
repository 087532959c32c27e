package energy.foundation.identity.scim.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatusCode;

/**
 * Writes the SCIM error body (RFC 7644 §3.12) as {@code application/scim+json}. Used by
 * the exception advice and by the parts of the request pipeline that answer before a
 * controller does (authentication, request size, unknown paths).
 */
public final class ScimErrorWriter {

	/**
	 * The media type of every SCIM response.
	 */
	public static final String SCIM_JSON = "application/scim+json";

	/**
	 * The error message schema URN.
	 */
	public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ScimErrorWriter() {
	}

	/**
	 * The error body as a JSON object.
	 */
	public static ObjectNode body(HttpStatusCode status, @Nullable String scimType, String detail) {
		ObjectNode body = MAPPER.createObjectNode();
		body.putArray("schemas").add(ERROR_SCHEMA);
		body.put("status", Integer.toString(status.value()));
		if (scimType != null) {
			body.put("scimType", scimType);
		}
		body.put("detail", detail);
		return body;
	}

	/**
	 * The error body serialised to UTF-8 bytes.
	 */
	public static byte[] bytes(HttpStatusCode status, @Nullable String scimType, String detail) {
		return MAPPER.writeValueAsString(body(status, scimType, detail)).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes the error to a response that has not been committed.
	 */
	public static void write(HttpServletResponse response, HttpStatusCode status, @Nullable String scimType,
			String detail) throws IOException {
		byte[] bytes = bytes(status, scimType, detail);
		response.setStatus(status.value());
		response.setContentType(SCIM_JSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		response.flushBuffer();
	}

}
