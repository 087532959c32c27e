package energy.foundation.identity.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request body as value capture keeps it: every {@code password} attribute removed
 * (also inside extensions and in PATCH operations whose path names it), written as JSON
 * and cut at {@value #MAX_CHARACTERS} characters.
 */
final class CapturedValues {

	/**
	 * The most kept of one body.
	 */
	static final int MAX_CHARACTERS = 8192;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private CapturedValues() {
	}

	static @Nullable String of(@Nullable JsonNode body) {
		if (body == null) {
			return null;
		}
		JsonNode copy = body.deepCopy();
		strip(copy);
		String text = MAPPER.writeValueAsString(copy);
		return (text.length() <= MAX_CHARACTERS) ? text : text.substring(0, MAX_CHARACTERS);
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>();
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				names.add(property.getKey());
			}
			for (String name : names) {
				if (isPassword(name)) {
					object.remove(name);
				}
				else {
					strip(object.get(name));
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				if (isPasswordOperation(array.get(i))) {
					array.remove(i);
				}
				else {
					strip(array.get(i));
				}
			}
		}
	}

	/**
	 * A PATCH operation whose path is {@code password}, with or without the schema URN.
	 */
	private static boolean isPasswordOperation(JsonNode element) {
		if (!(element instanceof ObjectNode operation)) {
			return false;
		}
		for (Map.Entry<String, JsonNode> property : operation.properties()) {
			if (property.getKey().equalsIgnoreCase("path") && property.getValue().isString()
					&& isPassword(property.getValue().asString().trim())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPassword(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("password") || lower.endsWith(":password");
	}

}
