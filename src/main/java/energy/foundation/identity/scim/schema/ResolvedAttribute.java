package energy.foundation.identity.scim.schema;

import org.jspecify.annotations.Nullable;

/**
 * An attribute path resolved against the schemas of a resource type.
 *
 * @param schema the schema that defines the attribute
 * @param core whether that schema is the resource type's core schema (its attributes sit
 * at the top level of a resource; extension attributes sit in an object under the
 * extension's URN)
 * @param attribute the top-level attribute
 * @param subAttribute the sub-attribute the path names, or {@code null}
 */
public record ResolvedAttribute(Schema schema, boolean core, AttributeDefinition attribute,
		@Nullable AttributeDefinition subAttribute) {

	/**
	 * The innermost definition the path names.
	 */
	public AttributeDefinition target() {
		return (this.subAttribute != null) ? this.subAttribute : this.attribute;
	}

}
