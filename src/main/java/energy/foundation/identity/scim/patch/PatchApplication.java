package energy.foundation.identity.scim.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.PatchPath;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeDefinition.Mutability;
import energy.foundation.identity.scim.schema.AttributeNames;
import energy.foundation.identity.scim.schema.ResolvedAttribute;
import energy.foundation.identity.scim.schema.Schema;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of one PATCH request being applied: the working copy of the document and the
 * membership changes collected so far. Resolves each operation's target and hands it to
 * the {@link DocumentEditor}.
 */
final class PatchApplication {

	private static final String CORE_SCHEMA_PREFIX = "urn:ietf:params:scim:schemas:core:";

	private final SchemaRegistry schemas;

	private final ResourceType type;

	private final DocumentEditor editor;

	private final List<MembershipChange> changes = new ArrayList<>();

	PatchApplication(SchemaRegistry schemas, ResourceType type, ObjectNode document) {
		this.schemas = schemas;
		this.type = type;
		this.editor = new DocumentEditor(document);
	}

	PatchResult result() {
		return new PatchResult(this.editor.document(), this.changes);
	}

	void apply(PatchOperation operation) {
		requireValue(operation);
		PatchPath path = operation.path();
		if (path == null) {
			applyPathless(operation.op(), operation.value());
			return;
		}
		String subName = subName(path);
		AttributePath attribute = path.attribute();
		Optional<String> extension = wholeExtension(attribute, subName);
		if (extension.isPresent()) {
			if (path.valueFilter() != null) {
				throw ScimException.invalidPath("A value filter cannot select within extension '"
						+ AttributeNames.shown(extension.get()) + "'");
			}
			applyToExtension(operation.op(), extension.get(), operation.value());
			return;
		}
		Target target = resolve(attribute.schema(), attribute.attribute(), subName, false);
		applyTo(operation.op(), target, path, operation.value());
	}

	/**
	 * An add needs a value (RFC 7644 §3.5.2.1), and JSON {@code null} is none (RFC 7643
	 * §2.5); a replace needs a value too (§3.5.2.3), but a replace with {@code null} or
	 * {@code ""} clears, as Entra and the gallery's null-update test expect.
	 */
	private static void requireValue(PatchOperation operation) {
		JsonNode value = operation.value();
		if (operation.op() == Op.REPLACE && value == null) {
			throw ScimException.invalidValue("A replace operation needs a 'value' (RFC 7644 §3.5.2.3)");
		}
		if (operation.op() == Op.ADD && (value == null || value.isNull())) {
			throw ScimException.invalidValue("An add operation needs a value (RFC 7644 §3.5.2.1)");
		}
	}

	/**
	 * A path-less add or replace: the value is an object of attributes, each applied as
	 * if it had been the path (RFC 7644 §3.5.2.1, §3.5.2.3). A path-less remove has no
	 * target (§3.5.2.2).
	 */
	private void applyPathless(Op op, @Nullable JsonNode value) {
		if (op == Op.REMOVE) {
			throw ScimException.noTarget("A remove operation needs a path");
		}
		if (value == null || !value.isObject()) {
			throw ScimException.invalidValue("An add or replace without a path needs an object of attributes");
		}
		AttributeNames.requireUniqueNames(value, "the value of a PATCH operation");
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			applyPathlessProperty(op, property.getKey(), property.getValue());
		}
	}

	private void applyPathlessProperty(Op op, String key, JsonNode value) {
		if ("schemas".equalsIgnoreCase(key)) {
			return;
		}
		Optional<Schema> schema = this.schemas.schemaOf(this.type, key);
		if (schema.isPresent() && schema.get().equals(this.schemas.coreSchema(this.type))) {
			applyPathless(op, value);
			return;
		}
		AttributePath split = this.schemas.attributePath(this.type, key);
		Optional<String> extension = wholeExtension(split, split.subAttribute())
			.or(() -> unknownExtensionObject(key, split, value));
		if (extension.isPresent()) {
			applyToExtension(op, extension.get(), value);
			return;
		}
		AttributePath path = pathlessKey(key);
		Target target = resolve(path.schema(), path.attribute(), path.subAttribute(), true);
		applyTo(op, target, null, value);
	}

	/**
	 * A key of a path-less value: an attribute name, dotted or URN-prefixed (RFC 7643
	 * §2.1); anything else would be stored as an attribute nobody can address.
	 */
	private AttributePath pathlessKey(String key) {
		AttributePath path = this.schemas.attributePath(this.type, key);
		if (!AttributeNames.isAttributePath(path)) {
			throw ScimException.invalidPath("'" + AttributeNames.shown(key) + "' is not a valid attribute name");
		}
		return path;
	}

	/**
	 * An operation on a whole extension: remove drops its object (RFC 7644 §3.5.2.2),
	 * replace with {@code null} or {@code ""} clears it, and otherwise the value's
	 * attributes are added (§3.5.2.1) or replaced (§3.5.2.3) one by one, leaving the
	 * others as they are.
	 */
	private void applyToExtension(Op op, String urn, @Nullable JsonNode value) {
		if (op == Op.REMOVE || (op == Op.REPLACE && DocumentEditor.clears(value))) {
			this.editor.removeExtension(urn);
			return;
		}
		if (value == null || !value.isObject()) {
			throw ScimException
				.invalidValue("The value of '" + AttributeNames.shown(urn) + "' must be an object of its attributes");
		}
		applyToExtensionObject(op, urn, value);
	}

	private void applyToExtensionObject(Op op, String urn, JsonNode value) {
		AttributeNames.requireUniqueNames(value, "'" + urn + "'");
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			if (!AttributeNames.isName(property.getKey())) {
				throw ScimException.invalidPath("'" + AttributeNames.shown(property.getKey()) + "' in '"
						+ AttributeNames.shown(urn) + "' is not a valid attribute name");
			}
			AttributePath path = this.schemas.attributePath(this.type, urn + ":" + property.getKey());
			Target target = resolve(path.schema(), path.attribute(), path.subAttribute(), true);
			applyTo(op, target, null, property.getValue());
		}
	}

	private void applyTo(Op op, Target target, @Nullable PatchPath path, @Nullable JsonNode value) {
		if (value != null) {
			AttributeDefinition valueDefinition = (target.subName() != null) ? target.subDefinition()
					: target.definition();
			AttributeNames.checkValue(valueDefinition, value, target.display());
		}
		if (isMembers(target)) {
			MembershipChange change = MemberChanges.of(op, (path != null) ? path.valueFilter() : null, target.subName(),
					value);
			if (change != null) {
				this.changes.add(change);
			}
			return;
		}
		checkWritable(target);
		if (neverStored(target)) {
			return;
		}
		if (path != null && path.valueFilter() != null) {
			this.editor.applyFiltered(op, target, path.valueFilter(), value);
			return;
		}
		this.editor.apply(op, target, value);
	}

	/**
	 * Resolves an attribute against the schemas. An unqualified name that no schema
	 * defines is an error in a {@code path} (a misspelt {@code memebers} must not pass
	 * silently), but is kept in a path-less value, as in a POST body. A name qualified
	 * with an extension URN we do not know is stored as sent (Entra custom extensions).
	 */
	private Target resolve(@Nullable String urn, String name, @Nullable String subName, boolean allowUnknown) {
		Optional<ResolvedAttribute> resolved = this.schemas.resolve(this.type, new AttributePath(urn, name, null));
		if (resolved.isPresent()) {
			return known(resolved.get(), subName, allowUnknown);
		}
		Optional<Schema> schema = (urn != null) ? this.schemas.schemaOf(this.type, urn) : Optional.empty();
		boolean core = urn == null || schema.filter((found) -> found.equals(coreSchema())).isPresent();
		boolean foreignCore = urn != null && urn.toLowerCase(Locale.ROOT).startsWith(CORE_SCHEMA_PREFIX) && !core;
		if (((urn == null || schema.isPresent()) && !allowUnknown) || foreignCore) {
			throw ScimException.invalidPath("Attribute '" + name + "' is not defined for " + this.type.scimName());
		}
		String extension = core ? null : schema.map(Schema::id).orElse(urn);
		return new Target(extension, name, null, subName, null);
	}

	private Target known(ResolvedAttribute resolved, @Nullable String subName, boolean allowUnknown) {
		AttributeDefinition attribute = resolved.attribute();
		String extension = resolved.core() ? null : resolved.schema().id();
		if (subName == null) {
			return new Target(extension, attribute.name(), attribute, null, null);
		}
		Optional<AttributeDefinition> sub = attribute.subAttribute(subName);
		if (sub.isEmpty() && (!allowUnknown || !attribute.complex())) {
			throw ScimException
				.invalidPath("Attribute '" + attribute.name() + "' has no sub-attribute '" + subName + "'");
		}
		return new Target(extension, attribute.name(), attribute, sub.map(AttributeDefinition::name).orElse(subName),
				sub.orElse(null));
	}

	/**
	 * The sub-attribute of a path: {@code givenName} in {@code name.givenName}, or
	 * {@code value} in {@code emails[type eq "work"].value}.
	 */
	private static @Nullable String subName(PatchPath path) {
		String inPath = path.attribute().subAttribute();
		if (inPath != null && path.subAttribute() != null) {
			throw ScimException.invalidPath("A path names at most one sub-attribute");
		}
		return (inPath != null) ? inPath : path.subAttribute();
	}

	/**
	 * The extension a path or path-less key names as a whole, for example
	 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User} or
	 * {@code urn:...:Contoso:2.0:User}, which a parser splits at the last colon as
	 * attribute {@code User} of schema {@code ...:2.0}; see
	 * {@link SchemaRegistry#namesWholeExtension}. Gives the URN as the schema or the
	 * document spells it.
	 */
	private Optional<String> wholeExtension(AttributePath attribute, @Nullable String subName) {
		String schema = attribute.schema();
		if (schema == null || subName != null) {
			return Optional.empty();
		}
		String urn = schema + ":" + attribute.attribute();
		if (!this.schemas.namesWholeExtension(this.type, urn, this::held)) {
			return Optional.empty();
		}
		String spelt = PropertyNames.find(this.editor.document(), urn);
		return Optional.of(this.schemas.schemaOf(this.type, urn).map(Schema::id).orElse((spelt != null) ? spelt : urn));
	}

	/**
	 * A path-less value's key that is a URN no schema defines, not inside a known
	 * extension and holding an object: the object of an extension whose URN does not end
	 * in the resource type's name, as a POST body would store it. A key such as
	 * {@code urn:...:Contoso:2.0:User:address} with an object value is attribute
	 * {@code address} of Contoso's extension instead.
	 */
	private Optional<String> unknownExtensionObject(String key, AttributePath path, JsonNode value) {
		String schema = path.schema();
		if (!value.isObject() || schema == null || this.schemas.namesExtension(this.type, schema, this::held)
				|| this.schemas.resolve(this.type, path).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(key);
	}

	private boolean held(String urn) {
		return PropertyNames.get(this.editor.document(), urn) instanceof ObjectNode;
	}

	private void checkWritable(Target target) {
		AttributeDefinition attribute = target.definition();
		AttributeDefinition sub = target.subDefinition();
		if ((attribute != null && attribute.readOnly()) || (sub != null && sub.readOnly())) {
			throw ScimException.mutability("Attribute '" + target.display() + "' is read-only");
		}
	}

	private boolean isMembers(Target target) {
		return this.type == ResourceType.GROUP && target.extension() == null && target.definition() != null
				&& "members".equals(target.name());
	}

	/**
	 * Write-only attributes never returned ({@code password}) are accepted and dropped:
	 * this service does not hold passwords.
	 */
	private static boolean neverStored(Target target) {
		AttributeDefinition attribute = target.definition();
		return attribute != null && attribute.mutability() == Mutability.WRITE_ONLY;
	}

	private Schema coreSchema() {
		return this.schemas.coreSchema(this.type);
	}

}
