package energy.foundation.identity.scim.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.FilterParser;
import energy.foundation.identity.scim.filter.InvalidFilterException;
import energy.foundation.identity.scim.filter.InvalidPathException;
import energy.foundation.identity.scim.filter.PatchPath;
import energy.foundation.identity.scim.patch.PatchOperation;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeDefinition.Mutability;
import energy.foundation.identity.scim.schema.AttributeNames;
import energy.foundation.identity.scim.schema.ResolvedAttribute;
import energy.foundation.identity.scim.schema.Schema;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a PatchOp message (RFC 7644 §3.5.2) as Entra ID and Okta send it and produces
 * canonical patch operations.
 */
final class PatchRequestReader {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final SchemaRegistry schemas;

	private final ResourceType type;

	PatchRequestReader(SchemaRegistry schemas, ResourceType type) {
		this.schemas = schemas;
		this.type = type;
	}

	/**
	 * The operations of a request. The {@code schemas} member is not checked (clients
	 * omit it or change its case); {@code Operations}, {@code op}, {@code path} and
	 * {@code value} are found in any case, and {@code op} is matched in any case (Entra
	 * sends {@code Replace}).
	 */
	List<PatchOperation> read(JsonNode request) {
		if (!request.isObject()) {
			throw ScimException.invalidSyntax("A PATCH request must be a JSON object");
		}
		AttributeNames.requireUniqueNames(request, "the PATCH request");
		JsonNode operations = JsonProperties.get(request, "Operations");
		if (operations == null || !operations.isArray() || operations.isEmpty()) {
			throw ScimException.invalidSyntax("A PATCH request needs a non-empty 'Operations' array");
		}
		List<PatchOperation> result = new ArrayList<>();
		for (JsonNode operation : operations.values()) {
			result.addAll(readOperation(operation));
		}
		return result;
	}

	private List<PatchOperation> readOperation(JsonNode operation) {
		if (!operation.isObject()) {
			throw ScimException.invalidSyntax("Each PATCH operation must be a JSON object");
		}
		AttributeNames.requireUniqueNames(operation, "a PATCH operation");
		Op op = op(JsonProperties.get(operation, "op"));
		PatchPath path = path(JsonProperties.get(operation, "path"));
		JsonNode value = JsonProperties.get(operation, "value");
		if (op != Op.REMOVE && value == null) {
			// Without this, the manager habit and the core would read "no value" as
			// "clear".
			throw ScimException
				.invalidValue("An add or replace operation needs a 'value' (RFC 7644 §3.5.2.1, §3.5.2.3)");
		}
		if (path != null) {
			return targeted(op, path, value);
		}
		if (op != Op.REMOVE && value != null && value.isObject()) {
			return pathless(op, value);
		}
		// The strict core answers noTarget or invalidValue.
		return List.of(new PatchOperation(op, null, value));
	}

	private static Op op(@Nullable JsonNode op) {
		if (op == null || !op.isString()) {
			throw ScimException.invalidSyntax("Each PATCH operation needs an 'op'");
		}
		return Op.fromName(op.asString())
			.orElseThrow(() -> ScimException.invalidSyntax("Unknown PATCH op; expected add, replace or remove"));
	}

	private static @Nullable PatchPath path(@Nullable JsonNode path) {
		if (path == null || path.isNull()) {
			return null;
		}
		if (!path.isString()) {
			throw ScimException.invalidSyntax("A PATCH 'path' must be a string");
		}
		if (path.asString().isBlank()) {
			return null;
		}
		try {
			return FilterParser.parsePath(path.asString());
		}
		catch (InvalidPathException ex) {
			throw ScimException.invalidPath("Invalid path: " + ex.reason() + " at position " + ex.position(), ex);
		}
		catch (InvalidFilterException ex) {
			throw ScimException
				.invalidFilter("Invalid filter in path: " + ex.reason() + " at position " + ex.position(), ex);
		}
	}

	/**
	 * A path-less add or replace, one operation per attribute (CLIENTS.md E05 d, PR-06).
	 * Keys may be dotted ({@code name.givenName}, Entra with the flag and the validator),
	 * URN-prefixed ({@code urn:...:enterprise:2.0:User:employeeNumber}), nested objects
	 * (Okta, RFC), or a path with a value filter ({@code emails[type eq "work"].value},
	 * Entra's validator), applied as that path. Any other key is refused with
	 * {@code invalidPath}, never stored. {@code id}, {@code meta} and {@code schemas} are
	 * dropped (Okta's group rename sends {@code {"id": ..., "displayName": ...}}), and so
	 * is a user's {@code groups}. Attributes no schema defines stay path-less, so the
	 * core stores them as sent.
	 */
	private List<PatchOperation> pathless(Op op, JsonNode value) {
		AttributeNames.requireUniqueNames(value, "the value of a PATCH operation");
		List<PatchOperation> result = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			result.addAll(pathlessProperty(op, property.getKey(), property.getValue()));
		}
		return result;
	}

	private List<PatchOperation> pathlessProperty(Op op, String key, JsonNode value) {
		if (JsonProperties.isServerKey(key)) {
			return List.of();
		}
		Optional<Schema> schema = this.schemas.schemaOf(this.type, key);
		if (schema.isPresent() && value.isObject()) {
			return inSchema(op, schema.get(), value);
		}
		if (key.indexOf('[') >= 0) {
			return targeted(op, filteredKey(key), value);
		}
		AttributePath path = this.schemas.attributePath(this.type, key);
		if (!AttributeNames.isAttributePath(path)) {
			throw ScimException.invalidPath("'" + AttributeNames.shown(key)
					+ "' is not an attribute name, a dotted or URN-prefixed attribute, or a path with a value filter");
		}
		Optional<ResolvedAttribute> resolved = this.schemas.resolve(this.type, path);
		if (resolved.isPresent() && isUserGroups(resolved.get())) {
			return List.of();
		}
		if (resolved.isPresent()) {
			return targeted(op, new PatchPath(path, null, null), value);
		}
		return List.of(new PatchOperation(op, null, NODES.objectNode().set(key, value)));
	}

	/**
	 * A user's read-only {@code groups} in a path-less value is ignored, as in a POST or
	 * PUT body: Okta sends {@code groups: []} with the rest of the user. A path naming
	 * {@code groups} stays a {@code mutability} error.
	 */
	private boolean isUserGroups(ResolvedAttribute resolved) {
		return this.type == ResourceType.USER && resolved.core() && resolved.attribute().named("groups");
	}

	/**
	 * A path-less value's key that is a whole path with a value filter, as Entra's
	 * validator sends {@code {"emails[type eq \"work\"].value": "..."}}.
	 */
	private static PatchPath filteredKey(String key) {
		PatchPath path;
		try {
			path = FilterParser.parsePath(key);
		}
		catch (InvalidPathException | InvalidFilterException ex) {
			throw ScimException.invalidPath("'" + AttributeNames.shown(key) + "' is not a valid attribute path", ex);
		}
		if (path.valueFilter() == null) {
			throw ScimException.invalidPath("'" + AttributeNames.shown(key) + "' is not a valid attribute path");
		}
		return path;
	}

	private List<PatchOperation> inSchema(Op op, Schema schema, JsonNode attributes) {
		if (schema.equals(this.schemas.coreSchema(this.type))) {
			return pathless(op, attributes);
		}
		AttributeNames.requireUniqueNames(attributes, "'" + schema.id() + "'");
		List<PatchOperation> result = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : attributes.properties()) {
			if (!AttributeNames.isName(property.getKey())) {
				throw ScimException.invalidPath("'" + AttributeNames.shown(property.getKey()) + "' in '" + schema.id()
						+ "' is not a valid attribute name");
			}
			String key = schema.id() + ":" + property.getKey();
			result.addAll(pathlessProperty(op, key, property.getValue()));
		}
		return result;
	}

	/**
	 * An operation with a path, after the client habits that depend on what it targets.
	 */
	private List<PatchOperation> targeted(Op op, PatchPath path, @Nullable JsonNode value) {
		String subName = (path.attribute().subAttribute() != null) ? path.attribute().subAttribute()
				: path.subAttribute();
		Optional<ResolvedAttribute> attribute = this.schemas.resolve(this.type,
				path.attribute().withSubAttribute(null));
		if (attribute.isEmpty()) {
			return List.of(new PatchOperation(op, path, value));
		}
		AttributeDefinition definition = attribute.get().attribute();
		if (definition.mutability() == Mutability.WRITE_ONLY) {
			// Okta sends the password (path-less replace {"password": ...}); we hold
			// none.
			return List.of();
		}
		boolean whole = subName == null && path.valueFilter() == null;
		if (whole && op != Op.REMOVE && ValueCoercion.isManager(definition, attribute.get().core())) {
			return manager(path, value);
		}
		Optional<AttributeDefinition> target = (subName != null) ? definition.subAttribute(subName)
				: Optional.of(definition);
		JsonNode repaired = (value != null && target.isPresent()) ? ValueCoercion.booleans(target.get(), value) : value;
		if (op == Op.REMOVE && !(whole && definition.multiValued())) {
			// Entra: "Remove with a value on a single-valued path means clear it" (E05
			// g).
			repaired = null;
		}
		return List.of(new PatchOperation(op, path, repaired));
	}

	/**
	 * Entra's manager shapes (E05 f, PR-08): whatever the shape, the manager becomes
	 * exactly {@code {"value": id}}, so stale {@code $ref} or {@code displayName} never
	 * survive; an empty id removes it.
	 */
	private static List<PatchOperation> manager(PatchPath path, @Nullable JsonNode value) {
		String id = ValueCoercion.managerId(value);
		PatchOperation remove = new PatchOperation(Op.REMOVE, path, null);
		if (id == null) {
			return List.of(remove);
		}
		return List.of(remove, new PatchOperation(Op.ADD, path, ValueCoercion.manager(id)));
	}

}
