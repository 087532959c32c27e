package energy.foundation.identity.scim.schema;

import java.util.Optional;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;

/**
 * The attribute catalog of one resource type, backed by the {@link SchemaRegistry}.
 */
final class SchemaCatalog implements AttributeCatalog {

	private final SchemaRegistry registry;

	private final ResourceType type;

	SchemaCatalog(SchemaRegistry registry, ResourceType type) {
		this.registry = registry;
		this.type = type;
	}

	/**
	 * Removes the core schema URN and gives names the schema's casing. An unqualified
	 * attribute that only an extension defines ({@code manager}) gets that extension's
	 * URN, because that is where it is stored. Unknown attributes keep the client's
	 * spelling.
	 */
	@Override
	public AttributePath canonical(AttributePath path) {
		Optional<ResolvedAttribute> resolved = this.registry.resolve(this.type, path);
		if (resolved.isPresent()) {
			ResolvedAttribute attribute = resolved.get();
			AttributeDefinition sub = attribute.subAttribute();
			return new AttributePath(attribute.core() ? null : attribute.schema().id(), attribute.attribute().name(),
					(sub != null) ? sub.name() : path.subAttribute());
		}
		String urn = path.schema();
		if (urn != null) {
			Optional<Schema> schema = this.registry.schemaOf(this.type, urn);
			if (schema.isPresent()) {
				return new AttributePath(
						schema.get().equals(this.registry.coreSchema(this.type)) ? null : schema.get().id(),
						path.attribute(), path.subAttribute());
			}
		}
		return path;
	}

	@Override
	public AttributeTraits traits(AttributePath path) {
		return this.registry.find(this.type, path).map(AttributeDefinition::traits).orElse(AttributeTraits.UNKNOWN);
	}

}
