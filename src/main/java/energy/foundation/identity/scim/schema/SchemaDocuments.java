package energy.foundation.identity.scim.schema;

import java.util.List;

import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders schemas as Schema resources (RFC 7643 §7). Characteristic values are camelCase,
 * and a characteristic that does not apply is left out rather than sent as {@code null}
 * (Entra's schema discovery rejects nulls).
 */
final class SchemaDocuments {

	static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SchemaDocuments() {
	}

	static ObjectNode schema(Schema schema) {
		ObjectNode document = NODES.objectNode();
		document.putArray("schemas").add(SCHEMA_SCHEMA);
		document.put("id", schema.id());
		document.put("name", schema.name());
		document.put("description", schema.description());
		document.set("attributes", attributes(schema.attributes()));
		document.putObject("meta").put("resourceType", "Schema");
		return document;
	}

	private static ArrayNode attributes(List<AttributeDefinition> definitions) {
		ArrayNode attributes = NODES.arrayNode();
		definitions.stream().map(SchemaDocuments::attribute).forEach(attributes::add);
		return attributes;
	}

	private static ObjectNode attribute(AttributeDefinition definition) {
		ObjectNode attribute = NODES.objectNode();
		attribute.put("name", definition.name());
		attribute.put("type", typeName(definition.type()));
		attribute.put("multiValued", definition.multiValued());
		attribute.put("description", definition.description());
		attribute.put("required", definition.required());
		if (hasCase(definition.type())) {
			attribute.put("caseExact", definition.caseExact());
		}
		if (!definition.canonicalValues().isEmpty()) {
			ArrayNode values = attribute.putArray("canonicalValues");
			definition.canonicalValues().forEach(values::add);
		}
		if (!definition.referenceTypes().isEmpty()) {
			ArrayNode types = attribute.putArray("referenceTypes");
			definition.referenceTypes().forEach(types::add);
		}
		attribute.put("mutability", definition.mutability().wireName());
		attribute.put("returned", definition.returned().wireName());
		if (definition.type() != AttributeType.COMPLEX) {
			attribute.put("uniqueness", definition.uniqueness().wireName());
		}
		if (!definition.subAttributes().isEmpty()) {
			attribute.set("subAttributes", attributes(definition.subAttributes()));
		}
		return attribute;
	}

	private static boolean hasCase(AttributeType type) {
		return type == AttributeType.STRING || type == AttributeType.REFERENCE || type == AttributeType.BINARY;
	}

	static String typeName(AttributeType type) {
		return switch (type) {
			case STRING -> "string";
			case BOOLEAN -> "boolean";
			case DECIMAL -> "decimal";
			case INTEGER -> "integer";
			case DATE_TIME -> "dateTime";
			case BINARY -> "binary";
			case REFERENCE -> "reference";
			case COMPLEX -> "complex";
		};
	}

}
