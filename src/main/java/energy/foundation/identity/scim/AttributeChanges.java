package energy.foundation.identity.scim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The names of the attributes that differ between two attribute documents, never their
 * values: top-level attributes ({@code emails}), sub-attributes of complex ones
 * ({@code name.givenName}) and attributes of extensions, written as RFC 7644 §3.10 does
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department},
 * {@code …:User:manager.value}). A multi-valued attribute is named as a whole.
 */
final class AttributeChanges {

	private AttributeChanges() {
	}

	/**
	 * The changed names, in document order.
	 * @param before the attributes before, or {@code null} for a new resource
	 * @param after the attributes after
	 */
	static List<String> between(@Nullable ObjectNode before, ObjectNode after) {
		List<String> names = new ArrayList<>();
		collect("", 1, before, after, names);
		return names;
	}

	/**
	 * Adds the changed names below {@code prefix}, looking into complex values as long as
	 * {@code depth} allows (an extension adds a level).
	 */
	private static void collect(String prefix, int depth, @Nullable JsonNode before, @Nullable JsonNode after,
			List<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		keysOf(before, keys);
		keysOf(after, keys);
		for (String key : keys) {
			JsonNode old = (before != null) ? before.get(key) : null;
			JsonNode now = (after != null) ? after.get(key) : null;
			if (Objects.equals(old, now)) {
				continue;
			}
			String name = prefix + key;
			if (old instanceof ObjectNode && now instanceof ObjectNode && depth > 0) {
				boolean extension = prefix.isEmpty() && isUrn(key);
				collect(name + (extension ? ":" : "."), extension ? depth : depth - 1, old, now, names);
			}
			else {
				names.add(name);
			}
		}
	}

	private static boolean isUrn(String key) {
		return key.regionMatches(true, 0, "urn:", 0, 4);
	}

	private static void keysOf(@Nullable JsonNode node, Set<String> keys) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				keys.add(property.getKey());
			}
		}
	}

}
