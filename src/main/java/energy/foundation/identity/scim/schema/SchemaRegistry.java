package energy.foundation.identity.scim.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The schemas this service implements (RFC 7643 §4, §7): the User schema with the
 * enterprise extension, and the Group schema. Resolves attribute paths against them and
 * renders the Schema resources for discovery.
 */
@Component
public final class SchemaRegistry {

	/**
	 * URN of the User core schema (RFC 7643 §4.1).
	 */
	public static final String USER_SCHEMA = CoreSchemas.USER;

	/**
	 * URN of the Group core schema (RFC 7643 §4.2).
	 */
	public static final String GROUP_SCHEMA = CoreSchemas.GROUP;

	/**
	 * URN of the enterprise User extension (RFC 7643 §4.3).
	 */
	public static final String ENTERPRISE_USER_SCHEMA = CoreSchemas.ENTERPRISE_USER;

	private static final String URN_PREFIX = "urn:";

	private static final String CORE_PREFIX = "urn:ietf:params:scim:schemas:core:";

	private final Schema user = CoreSchemas.user();

	private final Schema enterpriseUser = CoreSchemas.enterpriseUser();

	private final Schema group = CoreSchemas.group();

	private final List<AttributeDefinition> common = CoreSchemas.common();

	private final ArrayNode documents;

	public SchemaRegistry() {
		this.documents = JsonNodeFactory.instance.arrayNode();
		Stream.of(this.user, this.enterpriseUser, this.group).map(SchemaDocuments::schema).forEach(this.documents::add);
	}

	/**
	 * The core schema of a resource type.
	 */
	public Schema coreSchema(ResourceType type) {
		return (type == ResourceType.USER) ? this.user : this.group;
	}

	/**
	 * The schema extensions of a resource type (RFC 7643 §3.3).
	 */
	public List<Schema> extensions(ResourceType type) {
		return (type == ResourceType.USER) ? List.of(this.enterpriseUser) : List.of();
	}

	/**
	 * The core schema or extension of this resource type that {@code urn} names, ignoring
	 * case.
	 */
	public Optional<Schema> schemaOf(ResourceType type, String urn) {
		return Stream.concat(Stream.of(coreSchema(type)), extensions(type).stream())
			.filter((schema) -> schema.identifiedBy(urn))
			.findFirst();
	}

	/**
	 * Resolves an attribute path: an unqualified name is looked up among the common
	 * attributes ({@code id}, {@code meta}), then in the core schema, then in the
	 * extensions, so that Entra's un-prefixed {@code manager} finds the enterprise
	 * attribute. A path qualified with a schema URN is looked up in that schema only.
	 * Empty when no schema of the type defines the attribute or its sub-attribute.
	 */
	public Optional<ResolvedAttribute> resolve(ResourceType type, AttributePath path) {
		Optional<ResolvedAttribute> attribute = resolveAttribute(type, path.schema(), path.attribute());
		String subName = path.subAttribute();
		if (subName == null) {
			return attribute;
		}
		return attribute.flatMap((resolved) -> resolved.attribute()
			.subAttribute(subName)
			.map((sub) -> new ResolvedAttribute(resolved.schema(), resolved.core(), resolved.attribute(), sub)));
	}

	/**
	 * The definition of the attribute or sub-attribute a path names.
	 */
	public Optional<AttributeDefinition> find(ResourceType type, AttributePath path) {
		return resolve(type, path).map(ResolvedAttribute::target);
	}

	/**
	 * Splits a key of a path-less PATCH value or of a resource body into an attribute
	 * path (RFC 7644 §3.10). A key that starts with a schema URN of this type followed by
	 * {@code :} belongs to that schema; URNs contain dots ({@code 2.0}), so the longest
	 * matching URN wins rather than the first dot. An unknown URN is split at its last
	 * colon. What remains is split at its first dot into attribute and sub-attribute.
	 */
	public AttributePath attributePath(ResourceType type, String key) {
		String lowerKey = key.toLowerCase(Locale.ROOT);
		Optional<Schema> schema = Stream.concat(Stream.of(coreSchema(type)), extensions(type).stream())
			.filter((candidate) -> lowerKey.startsWith(candidate.id().toLowerCase(Locale.ROOT) + ":"))
			.max(Comparator.comparingInt((candidate) -> candidate.id().length()));
		if (schema.isPresent()) {
			return dotted(schema.get().id(), key.substring(schema.get().id().length() + 1));
		}
		int colon = key.lastIndexOf(':');
		if (lowerKey.startsWith(URN_PREFIX) && colon > URN_PREFIX.length()) {
			return dotted(key.substring(0, colon), key.substring(colon + 1));
		}
		return dotted(null, key);
	}

	/**
	 * Whether a URN names a schema extension of this resource type, an object of
	 * attributes: an extension defined here, one the resource already holds, or an
	 * unknown URN whose last segment is the resource type's name, the way extension URNs
	 * end (RFC 7643 §3.3, {@code urn:...:enterprise:2.0:User}). Core schemas are no
	 * extensions.
	 * @param type the resource type
	 * @param urn the URN, compared ignoring case
	 * @param held whether the resource holds an extension object under a URN
	 * @return whether {@code urn} names an extension
	 */
	public boolean namesExtension(ResourceType type, String urn, Predicate<String> held) {
		Optional<Schema> schema = schemaOf(type, urn);
		if (schema.isPresent()) {
			return !schema.get().equals(coreSchema(type));
		}
		if (!AttributeNames.isUrn(urn) || urn.toLowerCase(Locale.ROOT).startsWith(CORE_PREFIX)) {
			return false;
		}
		return held.test(urn) || urn.substring(urn.lastIndexOf(':') + 1).equalsIgnoreCase(type.scimName());
	}

	/**
	 * Whether a path or key that a parser splits at its last colon (RFC 7644 §3.10) names
	 * a whole extension rather than an attribute: the longest URN that names an extension
	 * wins, so {@code urn:...:Contoso:2.0:User} is Contoso's extension, not attribute
	 * {@code User} of {@code urn:...:Contoso:2.0}, and
	 * {@code urn:...:Contoso:2.0:User:region} is attribute {@code region} of it. An
	 * extension named only by its last segment yields to a known or held extension before
	 * it ({@code urn:...:Contoso:2.0:User:User} is attribute {@code User}).
	 * @param type the resource type
	 * @param urn the whole path or key, without sub-attribute or value filter
	 * @param held whether the resource holds an extension object under a URN
	 * @return whether {@code urn} names an extension as a whole
	 */
	public boolean namesWholeExtension(ResourceType type, String urn, Predicate<String> held) {
		if (!namesExtension(type, urn, held)) {
			return false;
		}
		if (schemaOf(type, urn).isPresent() || held.test(urn)) {
			return true;
		}
		return !namesExtension(type, urn.substring(0, urn.lastIndexOf(':')), held);
	}

	/**
	 * The catalog filters use for a resource type.
	 */
	public AttributeCatalog catalog(ResourceType type) {
		return new SchemaCatalog(this, type);
	}

	/**
	 * The Schema resources of RFC 7643 §7 (User, enterprise User, Group), each with
	 * {@code meta.resourceType: "Schema"}; the caller adds {@code meta.location}.
	 */
	public ArrayNode schemas() {
		return this.documents.deepCopy();
	}

	/**
	 * The Schema resource with this URN, compared ignoring case.
	 */
	public Optional<ObjectNode> schema(String urn) {
		return this.documents.valueStream()
			.filter((document) -> document.path("id").asString("").equalsIgnoreCase(urn))
			.map((document) -> (ObjectNode) document.deepCopy())
			.findFirst();
	}

	private Optional<ResolvedAttribute> resolveAttribute(ResourceType type, @Nullable String urn, String name) {
		Schema core = coreSchema(type);
		if (urn == null || core.identifiedBy(urn)) {
			Optional<ResolvedAttribute> inCore = this.common.stream()
				.filter((candidate) -> candidate.named(name))
				.findFirst()
				.or(() -> core.attribute(name))
				.map((definition) -> new ResolvedAttribute(core, true, definition, null));
			return (urn != null) ? inCore : inCore.or(() -> inExtensions(type, name));
		}
		return extensions(type).stream()
			.filter((extension) -> extension.identifiedBy(urn))
			.findFirst()
			.flatMap((extension) -> extension.attribute(name)
				.map((definition) -> new ResolvedAttribute(extension, false, definition, null)));
	}

	private Optional<ResolvedAttribute> inExtensions(ResourceType type, String name) {
		return extensions(type).stream()
			.flatMap((extension) -> extension.attribute(name)
				.map((definition) -> new ResolvedAttribute(extension, false, definition, null))
				.stream())
			.findFirst();
	}

	private static AttributePath dotted(@Nullable String schema, String name) {
		int dot = name.indexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return new AttributePath(schema, name, null);
		}
		return new AttributePath(schema, name.substring(0, dot), name.substring(dot + 1));
	}

}
