package energy.foundation.identity.scim;

import java.util.Locale;
import java.util.Map;

import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads SCIM request bodies: {@code application/scim+json} and {@code application/json}
 * in UTF-8, with or without parameters such as {@code charset=utf-8} (Entra ID sends it).
 * Anything else is refused with a SCIM error that says where the body went wrong, never
 * echoing its content: other media types and content encodings (415), malformed JSON and
 * repeated names (400 {@code invalidSyntax}), and values no database can keep as sent —
 * the NUL character, unpaired surrogates, numbers beyond the range of a double (400
 * {@code invalidValue}).
 */
@Component
final class ScimRequestBodies {

	private final JsonMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	JsonNode read(HttpEntity<byte[]> request) {
		HttpHeaders headers = request.getHeaders();
		checkContentType(headers.getFirst(HttpHeaders.CONTENT_TYPE));
		checkContentEncoding(headers.getFirst(HttpHeaders.CONTENT_ENCODING));
		byte[] body = request.getBody();
		if (body == null || body.length == 0) {
			throw ScimException.invalidSyntax("The request body is empty; a JSON object is required");
		}
		JsonNode json = parse(body);
		RequestActivity.current().body(json);
		StorableText.check(json);
		return json;
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode json = this.mapper.readTree(body);
			if (json == null || json.isMissingNode()) {
				throw ScimException.invalidSyntax("The request body is empty; a JSON object is required");
			}
			return json;
		}
		catch (JacksonException ex) {
			throw ScimException.invalidSyntax("The request body is not valid JSON" + where(ex), ex);
		}
	}

	static void checkContentType(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return;
		}
		String[] parts = contentType.split(";", -1);
		String type = parts[0].trim().toLowerCase(Locale.ROOT);
		if (!type.equals("application/json") && !type.equals("application/scim+json")) {
			throw unsupported("Content-Type must be application/scim+json or application/json");
		}
		for (int i = 1; i < parts.length; i++) {
			String[] parameter = parts[i].split("=", 2);
			if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
					&& !unquote(parameter[1]).equalsIgnoreCase("utf-8")) {
				throw unsupported("Request bodies must be encoded in UTF-8");
			}
		}
	}

	private static void checkContentEncoding(@Nullable String contentEncoding) {
		if (contentEncoding != null && !contentEncoding.isBlank()
				&& !contentEncoding.trim().equalsIgnoreCase("identity")) {
			throw unsupported("Content-Encoding is not supported; send the body uncompressed");
		}
	}

	private static ScimException unsupported(String detail) {
		return ScimException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, detail);
	}

	private static String unquote(String value) {
		String trimmed = value.trim();
		return (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\""))
				? trimmed.substring(1, trimmed.length() - 1) : trimmed;
	}

	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	/**
	 * Text and numbers that every supported database stores exactly as sent.
	 */
	static final class StorableText {

		private StorableText() {
		}

		static void check(JsonNode node) {
			if (node.isString()) {
				checkString(node.stringValue(), "value");
			}
			else if (node.isNumber() && !node.isIntegralNumber() && !Double.isFinite(node.doubleValue())) {
				throw ScimException.invalidValue("A number in the request is out of range");
			}
			else if (node.isObject()) {
				for (Map.Entry<String, JsonNode> property : node.properties()) {
					checkString(property.getKey(), "attribute name");
					check(property.getValue());
				}
			}
			else if (node.isArray()) {
				node.forEach(StorableText::check);
			}
		}

		static void checkString(String text, String what) {
			String problem = problem(text);
			if (problem != null) {
				throw ScimException.invalidValue("A " + what + " contains " + problem);
			}
		}

		/**
		 * Why the text cannot be stored as sent, or {@code null} when it can.
		 */
		static @Nullable String problem(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\u0000') {
					return "the NUL character, which cannot be stored";
				}
				if (Character.isHighSurrogate(c) && (i + 1 < text.length())
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return "an unpaired surrogate, which is not text";
				}
			}
			return null;
		}

	}

}
