package energy.foundation.identity.scim.dialect;

import java.util.Map;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Value repairs that depend on the schema.
 */
final class ValueCoercion {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ValueCoercion() {
	}

	/**
	 * Turns the strings {@code "True"}/{@code "false"} (any case) into JSON booleans
	 * wherever the schema says boolean, also inside complex values and list elements.
	 * Entra sends {@code active} as {@code "False"} in PATCH unless the
	 * {@code aadOptscim062020} flag is set, and the Microsoft SCIM Validator sends
	 * {@code roles[].primary} as {@code "True"} (CLIENTS.md §1.3, E03, E05 e).
	 */
	static JsonNode booleans(AttributeDefinition definition, JsonNode value) {
		if (definition.multiValued() && value instanceof ArrayNode values) {
			ArrayNode coerced = NODES.arrayNode();
			values.values().forEach((element) -> coerced.add(booleansInValue(definition, element)));
			return coerced;
		}
		return booleansInValue(definition, value);
	}

	private static JsonNode booleansInValue(AttributeDefinition definition, JsonNode value) {
		if (definition.type() == AttributeType.BOOLEAN && value.isString()) {
			String text = value.asString();
			if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
				return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
			}
			return value;
		}
		if (definition.complex() && value instanceof ObjectNode object) {
			ObjectNode coerced = NODES.objectNode();
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				JsonNode sub = property.getValue();
				coerced.set(property.getKey(),
						definition.subAttribute(property.getKey())
							.map((subDefinition) -> booleans(subDefinition, sub))
							.orElse(sub));
			}
			return coerced;
		}
		return value;
	}

	/**
	 * The manager id in any shape Entra sends (CLIENTS.md E05 f): a bare id string,
	 * {@code {"value": id}}, or a list {@code [{"$ref": ..., "value": id}]}. Empty when
	 * the value means "no manager": {@code null}, {@code ""}, {@code {"value": ""}} or an
	 * empty list.
	 */
	static @Nullable String managerId(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.asString().isEmpty() ? null : value.asString();
		}
		if (value.isArray()) {
			return value.isEmpty() ? null : managerId(value.get(0));
		}
		if (value.isObject()) {
			JsonNode id = JsonProperties.get(value, "value");
			return (id != null && !id.isNull()) ? managerId(id) : null;
		}
		throw ScimException.invalidValue("Attribute 'manager' must hold the id of a user");
	}

	/**
	 * The stored form of a manager: {@code {"value": id}} (what Entra compares against).
	 */
	static ObjectNode manager(String id) {
		return NODES.objectNode().put("value", id);
	}

	static boolean isManager(AttributeDefinition definition, boolean core) {
		return !core && definition.named("manager") && definition.complex();
	}

}
