package energy.foundation.identity.scim.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeValidator;
import energy.foundation.identity.scim.schema.ResolvedAttribute;
import energy.foundation.identity.scim.schema.Schema;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a POST or PUT body (RFC 7644 §3.3, §3.5.1) into the attribute document to store.
 */
final class ResourceBodyReader {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final SchemaRegistry schemas;

	private final ResourceType type;

	ResourceBodyReader(SchemaRegistry schemas, ResourceType type) {
		this.schemas = schemas;
		this.type = type;
	}

	ObjectNode read(JsonNode body) {
		if (!body.isObject()) {
			throw ScimException.invalidSyntax("The request body must be a JSON object");
		}
		ObjectNode attributes = NODES.objectNode();
		body.properties().forEach((property) -> put(attributes, property.getKey(), property.getValue()));
		requireName(attributes);
		return attributes;
	}

	/**
	 * Keeps one property. Dropped: JSON nulls (Entra's old samples send
	 * {@code "manager": null}); {@code id}, {@code meta}, {@code schemas};
	 * {@code password} (Okta sends a placeholder, CLIENTS.md §8.1); a user's read-only
	 * {@code groups} (Okta sends {@code groups: []}, which must never clear memberships);
	 * a group's {@code members}, which are returned apart by {@code memberIds}.
	 */
	private void put(ObjectNode attributes, String key, JsonNode value) {
		if (value.isNull() || JsonProperties.isServerKey(key) || ignored(key)) {
			return;
		}
		Optional<Schema> schema = this.schemas.schemaOf(this.type, key);
		if (schema.isPresent() && value.isObject()) {
			putSchemaObject(attributes, schema.get(), value);
			return;
		}
		AttributePath path = this.schemas.attributePath(this.type, key);
		Optional<ResolvedAttribute> resolved = this.schemas.resolve(this.type, path);
		if (resolved.isPresent()) {
			putKnown(attributes, resolved.get(), value);
		}
		else {
			// Unknown attributes and unknown extension objects are kept exactly as sent
			// (Entra diffs what we return against its source, CLIENTS.md §1.12).
			attributes.set(key, value);
		}
	}

	private boolean ignored(String key) {
		String name = key.toLowerCase(Locale.ROOT);
		if ("password".equals(name)) {
			return true;
		}
		return (this.type == ResourceType.USER) ? "groups".equals(name) : "members".equals(name);
	}

	private void putSchemaObject(ObjectNode attributes, Schema schema, JsonNode value) {
		boolean core = schema.equals(this.schemas.coreSchema(this.type));
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String key = core ? property.getKey() : schema.id() + ":" + property.getKey();
			put(attributes, key, property.getValue());
		}
	}

	private void putKnown(ObjectNode attributes, ResolvedAttribute resolved, JsonNode value) {
		ObjectNode container = resolved.core() ? attributes : attributes.withObjectProperty(resolved.schema().id());
		AttributeDefinition attribute = resolved.attribute();
		AttributeDefinition sub = resolved.subAttribute();
		if (sub != null) {
			// A flattened key such as "name.givenName": nest it.
			JsonNode subValue = normalise(sub, value, attribute.name() + "." + sub.name());
			container.withObjectProperty(attribute.name()).set(sub.name(), subValue);
			return;
		}
		if (ValueCoercion.isManager(attribute, resolved.core())) {
			String id = ValueCoercion.managerId(value);
			if (id != null) {
				container.set(attribute.name(), ValueCoercion.manager(id));
			}
		}
		else {
			container.set(attribute.name(), normalise(attribute, value, attribute.name()));
		}
		if (container.isEmpty()) {
			attributes.remove(resolved.schema().id());
		}
	}

	/**
	 * Drops nulls inside the value, gives known sub-attributes the schema's casing, turns
	 * string booleans into booleans and checks the shape. Values are otherwise kept
	 * exactly as sent: no e-mail or phone normalisation.
	 */
	private static JsonNode normalise(AttributeDefinition definition, JsonNode value, String path) {
		JsonNode coerced = ValueCoercion.booleans(definition, canonicalNames(definition, value));
		AttributeValidator.validate(definition, coerced, path);
		return coerced;
	}

	private static JsonNode canonicalNames(AttributeDefinition definition, JsonNode value) {
		if (value instanceof ArrayNode values) {
			ArrayNode copy = NODES.arrayNode();
			values.values()
				.stream()
				.filter((element) -> !element.isNull())
				.forEach((element) -> copy.add(canonicalNames(definition, element)));
			return copy;
		}
		if (!definition.complex() || !(value instanceof ObjectNode object)) {
			return value;
		}
		ObjectNode copy = NODES.objectNode();
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			if (!property.getValue().isNull()) {
				String name = definition.subAttribute(property.getKey())
					.map(AttributeDefinition::name)
					.orElse(property.getKey());
				copy.set(name, property.getValue());
			}
		}
		return copy;
	}

	/**
	 * The only attribute a client must send: {@code userName} for a user (RFC 7643
	 * §4.1.1; Entra omits everything it has no value for, so nothing else is required)
	 * and {@code displayName} for a group (§4.2).
	 */
	private void requireName(ObjectNode attributes) {
		String name = (this.type == ResourceType.USER) ? "userName" : "displayName";
		JsonNode value = attributes.get(name);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw ScimException.invalidValue("Attribute '" + name + "' is required and must be a non-empty string");
		}
	}

}
