package energy.foundation.identity.scim.compliance;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Resolves RFC 6901 JSON pointers the way the case files use them: {@code ""} and
 * {@code "/"} name the whole document, {@code ~1} and {@code ~0} are unescaped, array
 * elements are addressed by index, and a missing document resolves to nothing.
 *
 * @param found whether the pointer names an existing value (JSON {@code null} counts)
 * @param value the value, or {@code null} when not found
 */
record JsonPointer(boolean found, @Nullable JsonNode value) {

	private static final JsonPointer ABSENT = new JsonPointer(false, null);

	/**
	 * Resolves {@code pointer} in {@code document}.
	 */
	static JsonPointer resolve(@Nullable JsonNode document, String pointer) {
		if (pointer.isEmpty() || pointer.equals("/")) {
			return (document != null) ? new JsonPointer(true, document) : ABSENT;
		}
		JsonNode current = document;
		for (String token : pointer.substring(1).split("/", -1)) {
			current = child(current, token.replace("~1", "/").replace("~0", "~"));
			if (current == null) {
				return ABSENT;
			}
		}
		return new JsonPointer(true, current);
	}

	private static @Nullable JsonNode child(@Nullable JsonNode node, String name) {
		if (node == null) {
			return null;
		}
		if (node.isObject()) {
			return node.get(name);
		}
		if (node.isArray() && name.matches("0|[1-9][0-9]{0,8}")) {
			int index = Integer.parseInt(name);
			return (index < node.size()) ? node.get(index) : null;
		}
		return null;
	}

}
