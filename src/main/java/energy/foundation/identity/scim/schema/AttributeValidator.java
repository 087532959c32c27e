package energy.foundation.identity.scim.schema;

import java.util.Map;

import energy.foundation.identity.scim.error.ScimException;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a value has the JSON shape its attribute's data type requires (RFC 7643
 * §2.3): strings for string, reference, binary and dateTime attributes, JSON booleans,
 * numbers, objects for complex attributes and arrays for multi-valued ones, of which at
 * most one value is primary (§2.4). Sub-attributes no schema defines are accepted as
 * sent. Errors name the attribute, never the value.
 */
public final class AttributeValidator {

	private AttributeValidator() {
	}

	/**
	 * Checks a whole attribute value; a JSON {@code null} passes (it means "no value").
	 * @param definition the attribute
	 * @param value the value a client sent
	 * @param path the attribute path to name in an error
	 * @throws ScimException {@code invalidValue} when the shape is wrong
	 */
	public static void validate(AttributeDefinition definition, JsonNode value, String path) {
		if (definition.multiValued() && !value.isNull()) {
			if (!value.isArray()) {
				throw ScimException.invalidValue("Attribute '" + path + "' must be an array");
			}
			value.values().forEach((element) -> validateElement(definition, element, path));
			if (ResourceValidator.primaries(value) > 1) {
				throw ScimException
					.invalidValue("Attribute '" + path + "' has more than one primary value (RFC 7643 §2.4)");
			}
			return;
		}
		validateElement(definition, value, path);
	}

	/**
	 * Checks one value of an attribute (one element of a multi-valued attribute).
	 * @param definition the attribute
	 * @param value the value a client sent
	 * @param path the attribute path to name in an error
	 * @throws ScimException {@code invalidValue} when the shape is wrong
	 */
	public static void validateElement(AttributeDefinition definition, JsonNode value, String path) {
		if (value.isNull()) {
			return;
		}
		if (!fits(definition, value)) {
			throw ScimException.invalidValue("Attribute '" + path + "' must be " + expected(definition));
		}
		if (definition.complex()) {
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				definition.subAttribute(property.getKey())
					.ifPresent((sub) -> validate(sub, property.getValue(), path + "." + sub.name()));
			}
		}
	}

	private static boolean fits(AttributeDefinition definition, JsonNode value) {
		return switch (definition.type()) {
			case STRING, REFERENCE, BINARY, DATE_TIME -> value.isString();
			case BOOLEAN -> value.isBoolean();
			case INTEGER -> value.isIntegralNumber();
			case DECIMAL -> value.isNumber();
			case COMPLEX -> value.isObject();
		};
	}

	private static String expected(AttributeDefinition definition) {
		return switch (definition.type()) {
			case BOOLEAN -> "a boolean";
			case INTEGER -> "an integer";
			case DECIMAL -> "a number";
			case COMPLEX -> "an object";
			default -> "a string";
		};
	}

}
