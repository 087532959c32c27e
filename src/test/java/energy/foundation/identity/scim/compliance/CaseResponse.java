package energy.foundation.identity.scim.compliance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response as a case step sees it.
 *
 * @param status the HTTP status
 * @param headers the response headers by lower-case name
 * @param text the body as text (empty when there is none)
 * @param json the body as JSON, or {@code null} when it is empty or not JSON
 */
record CaseResponse(int status, Map<String, List<String>> headers, String text, @Nullable JsonNode json) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * A response from its status, headers and body text, parsing the body if it is JSON.
	 */
	static CaseResponse of(int status, Map<String, List<String>> headers, String text) {
		Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> byName.merge(name, values, CaseResponse::concat));
		return new CaseResponse(status, byName, text, parse(text));
	}

	/**
	 * The values of a header joined by {@code ", "}, or {@code null} when it is absent.
	 */
	@Nullable String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

	private static @Nullable JsonNode parse(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
