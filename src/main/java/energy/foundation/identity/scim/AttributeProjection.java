package energy.foundation.identity.scim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5,
 * §3.9): which attributes of a resource go into a response. Names are matched
 * case-insensitively and may be sub-attributes ({@code name.givenName}) or URN-qualified
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}, or a
 * whole extension by its URN). {@code id}, {@code schemas} and {@code meta} are always
 * returned.
 *
 * @param attributes lower-case names to return (empty: all that are returned by default)
 * @param excluded lower-case names to leave out
 */
record AttributeProjection(List<String> attributes, List<String> excluded) {

	static final AttributeProjection ALL = new AttributeProjection(List.of(), List.of());

	private static final List<String> ALWAYS = List.of("id", "schemas", "meta");

	private static final List<String> CORE_SCHEMAS = List.of(ResourceRenderer.USER_SCHEMA.toLowerCase(Locale.ROOT),
			ResourceRenderer.GROUP_SCHEMA.toLowerCase(Locale.ROOT));

	static AttributeProjection of(List<String> attributes, List<String> excluded) {
		return new AttributeProjection(lowerCase(attributes), lowerCase(excluded));
	}

	/**
	 * Parses the comma-separated form used in query strings.
	 */
	static AttributeProjection parse(String attributes, String excluded) {
		return of(split(attributes), split(excluded));
	}

	/**
	 * Whether the response will contain the named top-level attribute (for example
	 * whether group members have to be loaded at all).
	 */
	boolean includes(String attribute) {
		String name = attribute.toLowerCase(Locale.ROOT);
		if (this.excluded.contains(name)) {
			return false;
		}
		return this.attributes.isEmpty() || this.attributes.stream()
			.anyMatch((requested) -> requested.equals(name) || requested.startsWith(name + "."));
	}

	/**
	 * Removes from a rendered resource what the client did not ask for.
	 */
	ObjectNode apply(ObjectNode resource) {
		if (!this.attributes.isEmpty()) {
			retain(resource);
		}
		for (String name : this.excluded) {
			if (!ALWAYS.contains(name)) {
				remove(resource, name);
			}
		}
		return resource;
	}

	private void retain(ObjectNode resource) {
		Iterator<Map.Entry<String, JsonNode>> properties = resource.properties().iterator();
		List<String> drop = new ArrayList<>();
		while (properties.hasNext()) {
			Map.Entry<String, JsonNode> property = properties.next();
			String key = property.getKey().toLowerCase(Locale.ROOT);
			if (ALWAYS.contains(key)) {
				continue;
			}
			if (key.startsWith("urn:") && property.getValue() instanceof ObjectNode extension) {
				retainExtension(key, extension);
				if (extension.isEmpty()) {
					drop.add(property.getKey());
				}
			}
			else if (!retainAttribute(key, property.getValue())) {
				drop.add(property.getKey());
			}
		}
		drop.forEach(resource::remove);
	}

	private void retainExtension(String urn, ObjectNode extension) {
		if (this.attributes.contains(urn)) {
			return;
		}
		List<String> drop = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : extension.properties()) {
			String key = urn + ":" + property.getKey().toLowerCase(Locale.ROOT);
			if (!retainAttribute(key, property.getValue())) {
				drop.add(property.getKey());
			}
		}
		drop.forEach(extension::remove);
	}

	private boolean retainAttribute(String key, JsonNode value) {
		if (this.attributes.contains(key)) {
			return true;
		}
		List<String> subAttributes = this.attributes.stream()
			.filter((requested) -> requested.startsWith(key + "."))
			.map((requested) -> requested.substring(key.length() + 1))
			.toList();
		if (subAttributes.isEmpty()) {
			return false;
		}
		retainSubAttributes(value, subAttributes);
		return true;
	}

	private static void retainSubAttributes(JsonNode value, List<String> subAttributes) {
		if (value instanceof ObjectNode complex) {
			List<String> drop = new ArrayList<>();
			complex.propertyNames()
				.stream()
				.filter((name) -> !subAttributes.contains(name.toLowerCase(Locale.ROOT)))
				.forEach(drop::add);
			drop.forEach(complex::remove);
		}
		else if (value.isArray()) {
			value.forEach((element) -> retainSubAttributes(element, subAttributes));
		}
	}

	private static void remove(ObjectNode resource, String name) {
		String urn = extensionOf(resource, name);
		if (urn != null) {
			String rest = name.substring(urn.length());
			if (rest.isEmpty()) {
				removeIgnoringCase(resource, urn);
			}
			else if (findIgnoringCase(resource, urn) instanceof ObjectNode extension) {
				removePath(extension, rest.substring(1));
			}
			return;
		}
		removePath(resource, name);
	}

	private static void removePath(ObjectNode node, String path) {
		int dot = path.indexOf('.');
		if (dot < 0) {
			removeIgnoringCase(node, path);
			return;
		}
		JsonNode parent = findIgnoringCase(node, path.substring(0, dot));
		String sub = path.substring(dot + 1);
		if (parent instanceof ObjectNode complex) {
			removeIgnoringCase(complex, sub);
		}
		else if (parent != null && parent.isArray()) {
			parent.forEach((element) -> {
				if (element instanceof ObjectNode item) {
					removeIgnoringCase(item, sub);
				}
			});
		}
	}

	private static @Nullable String extensionOf(ObjectNode resource, String name) {
		for (String key : resource.propertyNames()) {
			String lower = key.toLowerCase(Locale.ROOT);
			if (lower.startsWith("urn:") && (name.equals(lower) || name.startsWith(lower + ":"))) {
				return lower;
			}
		}
		return null;
	}

	private static @Nullable JsonNode findIgnoringCase(ObjectNode node, String name) {
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (property.getKey().equalsIgnoreCase(name)) {
				return property.getValue();
			}
		}
		return null;
	}

	private static void removeIgnoringCase(ObjectNode node, String name) {
		List<String> drop = node.propertyNames().stream().filter((key) -> key.equalsIgnoreCase(name)).toList();
		drop.forEach(node::remove);
	}

	private static List<String> split(String text) {
		List<String> names = new ArrayList<>();
		for (String part : text.split(",", -1)) {
			if (!part.isBlank()) {
				names.add(part.trim());
			}
		}
		return names;
	}

	/**
	 * Lower-case names, with the core schema URN taken off attributes qualified by it
	 * (RFC 7644 §3.10 allows
	 * {@code urn:ietf:params:scim:schemas:core:2.0:User:userName}).
	 */
	private static List<String> lowerCase(List<String> names) {
		return names.stream()
			.map((name) -> withoutCoreSchema(name.trim().toLowerCase(Locale.ROOT)))
			.filter((n) -> !n.isEmpty())
			.toList();
	}

	private static String withoutCoreSchema(String name) {
		for (String core : CORE_SCHEMAS) {
			if (name.startsWith(core + ":")) {
				return name.substring(core.length() + 1);
			}
		}
		return name;
	}

}
