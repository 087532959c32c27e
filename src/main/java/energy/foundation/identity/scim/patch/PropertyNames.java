package energy.foundation.identity.scim.patch;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case-insensitive access to the properties of a JSON object, because SCIM attribute
 * names are case-insensitive (RFC 7643 §2.1).
 */
final class PropertyNames {

	private PropertyNames() {
	}

	static @Nullable String find(JsonNode object, String name) {
		for (String candidate : object.propertyNames()) {
			if (candidate.equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		return null;
	}

	static @Nullable JsonNode get(JsonNode object, String name) {
		String key = find(object, name);
		return (key != null) ? object.get(key) : null;
	}

	static void remove(ObjectNode object, String name) {
		List<String> keys = new ArrayList<>();
		for (String candidate : object.propertyNames()) {
			if (candidate.equalsIgnoreCase(name)) {
				keys.add(candidate);
			}
		}
		keys.forEach(object::remove);
	}

	/**
	 * Sets a property under its canonical name, dropping any differently cased copy.
	 */
	static void put(ObjectNode object, String name, JsonNode value) {
		remove(object, name);
		object.set(name, value);
	}

}
