package energy.foundation.identity.scim.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules on a whole attribute document, checked before it is stored (after a POST or PUT
 * body is read, and after a PATCH is applied). Only attributes that changed are checked,
 * so a stored document written before a rule existed can still be patched elsewhere.
 * <ul>
 * <li>A multi-valued attribute has at most one value with {@code primary: true} (RFC 7643
 * §2.4).</li>
 * <li>The names clients and people tell resources apart by ({@code userName}, a group's
 * {@code displayName}, {@code externalId}) hold no control characters (U+0000–U+001F,
 * U+007F): an invisible character makes a second identity that looks like the first.</li>
 * </ul>
 */
public final class ResourceValidator {

	private ResourceValidator() {
	}

	/**
	 * Checks the attributes that differ from the previous document.
	 * @param type the resource type
	 * @param attributes the document about to be stored
	 * @param previous the document stored before, empty for a new resource
	 * @throws ScimException {@code invalidValue} naming the attribute
	 */
	public static void validate(ResourceType type, ObjectNode attributes, ObjectNode previous) {
		checkPrimaries(attributes, previous, "");
		for (String name : identifyingNames(type)) {
			JsonNode value = attributes.get(name);
			if (value != null && value.isString() && !Objects.equals(value, previous.get(name))
					&& hasControlCharacter(value.asString())) {
				throw ScimException.invalidValue("Attribute '" + name + "' must not contain control characters");
			}
		}
	}

	private static List<String> identifyingNames(ResourceType type) {
		return (type == ResourceType.USER) ? List.of("userName", "externalId") : List.of("displayName", "externalId");
	}

	private static void checkPrimaries(ObjectNode attributes, ObjectNode previous, String prefix) {
		for (Map.Entry<String, JsonNode> property : attributes.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (value.equals(previous.get(name))) {
				continue;
			}
			if (value.isArray() && primaries(value) > 1) {
				throw ScimException
					.invalidValue("Attribute '" + prefix + name + "' has more than one primary value (RFC 7643 §2.4)");
			}
			if (value instanceof ObjectNode object && prefix.isEmpty() && AttributeNames.isUrn(name)) {
				JsonNode before = previous.get(name);
				checkPrimaries(object, (before instanceof ObjectNode old) ? old : object.objectNode(), name + ":");
			}
		}
	}

	/**
	 * How many values of a multi-valued attribute are marked primary.
	 * @param values the values
	 * @return the number of objects among them with {@code primary} (any case) true
	 */
	public static long primaries(JsonNode values) {
		return values.valueStream().filter(ResourceValidator::isPrimary).count();
	}

	private static boolean isPrimary(JsonNode element) {
		for (Map.Entry<String, JsonNode> property : element.properties()) {
			if ("primary".equalsIgnoreCase(property.getKey()) && property.getValue().isBoolean()
					&& property.getValue().booleanValue()) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch((character) -> character < 0x20 || character == 0x7F);
	}

}
