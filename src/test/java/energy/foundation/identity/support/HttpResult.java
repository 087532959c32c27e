package energy.foundation.identity.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A response as a black-box test sees it.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body as text (empty when there is none)
 */
public record HttpResult(int status, HttpHeaders headers, String body) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * The body parsed as JSON, or a missing node when it is empty.
	 */
	public JsonNode json() {
		return this.body.isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(this.body);
	}

	/**
	 * The first value of a header, or an empty string.
	 */
	public String header(String name) {
		return this.headers.firstValue(name).orElse("");
	}

}
