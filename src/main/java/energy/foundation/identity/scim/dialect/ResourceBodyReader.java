package energy.foundation.identity.scim.dialect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeNames;
import energy.foundation.identity.scim.schema.AttributeValidator;
import energy.foundation.identity.scim.schema.ResolvedAttribute;
import energy.foundation.identity.scim.schema.ResourceValidator;
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

	private final Set<String> claimed = new HashSet<>();

	private JsonNode body = NODES.objectNode();

	ResourceBodyReader(SchemaRegistry schemas, ResourceType type) {
		this.schemas = schemas;
		this.type = type;
	}

	ObjectNode read(JsonNode body) {
		if (!body.isObject()) {
			throw ScimException.invalidSyntax("The request body must be a JSON object");
		}
		AttributeNames.requireUniqueNames(body, "the request body");
		this.body = body;

		ObjectNode attributes = NODES.objectNode();
		body.properties().forEach((property) -> put(attributes, property.getKey(), property.getValue()));

		requireName(attributes);
		ResourceValidator.validate(this.type, attributes, NODES.objectNode());
		return attributes;
	}

	/**
	 * Keeps one property. A key is an attribute name (RFC 7643 §2.1), a schema URN
	 * holding an object, or a name qualified by a schema URN or with a sub-attribute
	 * ({@code name.givenName}) that a schema defines; anything else is refused, never
	 * stored. Dropped: JSON nulls (Entra's old samples send {@code "manager": null});
	 * {@code id}, {@code meta}, {@code schemas}; {@code password} (Okta sends a
	 * placeholder, CLIENTS.md §8.1); a user's read-only {@code groups} (Okta sends
	 * {@code groups: []}, which must never clear memberships); a group's {@code members},
	 * which are returned apart by {@code memberIds}.
	 */
	private void put(ObjectNode attributes, String key, JsonNode value) {
		if (JsonProperties.isServerKey(key) || ignored(key)) {
			return;
		}
		Optional<Schema> schema = this.schemas.schemaOf(this.type, key);
		if (schema.isPresent()) {
			putSchemaObject(attributes, schema.get(), value);
			return;
		}
		if (AttributeNames.isUrn(key) && !resolves(key) && unknownExtension(key, value)) {
			putUnknownExtension(attributes, key, value);
			return;
		}
		AttributePath path = attributePath(key);
		claim(path, key);
		if (value.isNull()) {
			return;
		}
		Optional<ResolvedAttribute> resolved = this.schemas.resolve(this.type, path);
		if (resolved.isPresent() && resolved.get().core() && ignored(resolved.get().attribute().name())) {
			// Also "urn:...:core:2.0:User:groups" or "groups.value".
			return;
		}
		if (resolved.isPresent()) {
			putKnown(attributes, resolved.get(), value);
		}
		else {
			putUnknown(attributes, path, key, value);
		}
	}

	/**
	 * Whether a URN key no schema defines is an extension's object: a URN ending in the
	 * resource type's name ({@code urn:...:Contoso:2.0:User}), or any other URN holding
	 * an object unless it sits inside such an extension
	 * ({@code urn:...:Contoso:2.0:User:address} is an attribute). See
	 * {@link SchemaRegistry#namesWholeExtension}.
	 */
	private boolean unknownExtension(String key, JsonNode value) {
		// The key itself is in the body: only other keys tell which extensions it holds.
		Predicate<String> held = (urn) -> !urn.equalsIgnoreCase(key)
				&& JsonProperties.get(this.body, urn) instanceof ObjectNode;
		if (this.schemas.namesWholeExtension(this.type, key, held)) {
			return true;
		}
		String prefix = key.substring(0, key.lastIndexOf(':'));
		return value.isObject() && !this.schemas.namesExtension(this.type, prefix, held);
	}

	private boolean resolves(String key) {
		return this.schemas.resolve(this.type, this.schemas.attributePath(this.type, key)).isPresent();
	}

	private AttributePath attributePath(String key) {
		AttributePath path = this.schemas.attributePath(this.type, key);
		if (!AttributeNames.isAttributePath(path)) {
			throw ScimException
				.invalidValue("'" + AttributeNames.shown(key) + "' is not a valid attribute name (RFC 7643 §2.1)");
		}
		return path;
	}

	/**
	 * Records that the body gave an attribute, so that the same attribute given twice in
	 * different forms ({@code name} and {@code name.givenName}, an extension object and a
	 * URN-prefixed key, two casings) is refused rather than one silently winning.
	 */
	private void claim(AttributePath path, String key) {
		AttributePath canonical = this.schemas.catalog(this.type).canonical(path);
		String schema = (canonical.schema() != null) ? canonical.schema() + ":" : "";
		String whole = (schema + canonical.attribute()).toLowerCase(Locale.ROOT);
		String sub = canonical.subAttribute();
		String entry = (sub != null) ? whole + "." + sub.toLowerCase(Locale.ROOT) : whole;
		boolean clash = this.claimed.contains(entry) || ((sub != null) ? this.claimed.contains(whole)
				: this.claimed.stream().anyMatch((other) -> other.startsWith(whole + ".")));
		if (clash) {
			throw ScimException
				.invalidSyntax("Attribute '" + AttributeNames.shown(key) + "' is given more than once in the body");
		}
		this.claimed.add(entry);
	}

	private boolean ignored(String key) {
		String name = key.toLowerCase(Locale.ROOT);
		if ("password".equals(name)) {
			return true;
		}
		return (this.type == ResourceType.USER) ? "groups".equals(name) : "members".equals(name);
	}

	private void putSchemaObject(ObjectNode attributes, Schema schema, JsonNode value) {
		if (value.isNull()) {
			return;
		}
		if (!value.isObject()) {
			throw ScimException.invalidValue("The value of '" + schema.id() + "' must be an object of its attributes");
		}
		AttributeNames.requireUniqueNames(value, "'" + schema.id() + "'");
		boolean core = schema.equals(this.schemas.coreSchema(this.type));
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			if (!core && !AttributeNames.isName(property.getKey())) {
				throw ScimException.invalidValue("'" + AttributeNames.shown(property.getKey()) + "' in '" + schema.id()
						+ "' is not a valid attribute name (RFC 7643 §2.1)");
			}
			String key = core ? property.getKey() : schema.id() + ":" + property.getKey();
			put(attributes, key, property.getValue());
		}
	}

	/**
	 * An extension no schema here defines, given as an object: kept exactly as sent
	 * (Entra diffs what we return against its source, CLIENTS.md §1.12) once its names
	 * are valid.
	 */
	private void putUnknownExtension(ObjectNode attributes, String urn, JsonNode value) {
		if (value.isNull()) {
			return;
		}
		if (!value.isObject()) {
			throw ScimException
				.invalidValue("The value of '" + AttributeNames.shown(urn) + "' must be an object of its attributes");
		}
		AttributeNames.checkAttributes(value, urn);
		ObjectNode extension = extensionObject(attributes, urn);
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			claim(new AttributePath(urn, property.getKey(), null), urn + ":" + property.getKey());
			extension.set(property.getKey(), property.getValue());
		}
	}

	/**
	 * An attribute no schema defines, kept as sent: at the top level, or in the object of
	 * the extension whose URN qualifies it ({@code urn:...:Contoso:2.0:User:costRegion}),
	 * as a PATCH would store it.
	 */
	private void putUnknown(ObjectNode attributes, AttributePath path, String key, JsonNode value) {
		if (path.subAttribute() != null) {
			throw ScimException.invalidValue("Attribute '" + AttributeNames.shown(key) + "' is not defined for "
					+ this.type.scimName() + "; give it as an object");
		}
		AttributeNames.checkValue(null, value, key);
		String urn = path.schema();
		Optional<Schema> schema = (urn != null) ? this.schemas.schemaOf(this.type, urn) : Optional.empty();
		if (urn == null || schema.filter((found) -> found.equals(this.schemas.coreSchema(this.type))).isPresent()) {
			attributes.set(path.attribute(), value);
		}
		else {
			extensionObject(attributes, schema.map(Schema::id).orElse(urn)).set(path.attribute(), value);
		}
	}

	private static ObjectNode extensionObject(ObjectNode attributes, String urn) {
		String key = attributes.propertyNames()
			.stream()
			.filter((name) -> name.equalsIgnoreCase(urn))
			.findFirst()
			.orElse(urn);
		return attributes.withObjectProperty(key);
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
			AttributeNames.checkValue(attribute, value, attribute.name());
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
		AttributeNames.checkValue(definition, value, path);
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
