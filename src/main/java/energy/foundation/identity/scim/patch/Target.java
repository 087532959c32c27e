package energy.foundation.identity.scim.patch;

import energy.foundation.identity.scim.schema.AttributeDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The attribute a patch operation addresses, resolved against the schemas.
 *
 * @param extension the URN of the extension whose object holds the attribute, or
 * {@code null} for a core attribute
 * @param name the attribute name (the schema's casing when defined)
 * @param definition the attribute's definition, or {@code null} for an attribute that no
 * schema defines
 * @param subName the sub-attribute, or {@code null}
 * @param subDefinition the sub-attribute's definition, or {@code null}
 */
record Target(@Nullable String extension, String name, @Nullable AttributeDefinition definition,
		@Nullable String subName, @Nullable AttributeDefinition subDefinition) {

	boolean multiValued() {
		return this.definition != null && this.definition.multiValued();
	}

	/**
	 * The path for error details: names only, never values.
	 */
	String display() {
		String path = (this.extension != null) ? this.extension + ":" + this.name : this.name;
		return (this.subName != null) ? path + "." + this.subName : path;
	}

}
