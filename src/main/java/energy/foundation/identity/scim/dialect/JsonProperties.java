package energy.foundation.identity.scim.dialect;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Case-insensitive property lookup: clients spell {@code Operations}, {@code op} and
 * attribute names in any case (RFC 7643 §2.1, CLIENTS.md §2.4).
 */
final class JsonProperties {

	/**
	 * Keys of a resource or path-less PATCH value that a client may send but that are
	 * never stored from client input (RFC 7643 §3.1; Okta puts {@code id} into its group
	 * rename PATCH, and {@code id} and {@code meta} into PUT bodies).
	 */
	static final Set<String> SERVER_KEYS = Set.of("id", "meta", "schemas");

	private JsonProperties() {
	}

	static @Nullable JsonNode get(JsonNode object, String name) {
		for (String key : object.propertyNames()) {
			if (key.equalsIgnoreCase(name)) {
				return object.get(key);
			}
		}
		return null;
	}

	static boolean isServerKey(String key) {
		return SERVER_KEYS.contains(key.toLowerCase(Locale.ROOT));
	}

}
