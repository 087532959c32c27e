package energy.foundation.identity.scim.filter;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An attribute path (RFC 7644 §3.10): an optional schema URN, an attribute name and an
 * optional sub-attribute name, as in
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}. Names
 * keep the client's casing; {@link #key()} gives the case-insensitive form used for
 * storage and comparison.
 *
 * @param schema the schema URN, or {@code null} when the path is not qualified
 * @param attribute the attribute name
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record AttributePath(@Nullable String schema, String attribute, @Nullable String subAttribute) {

	public static AttributePath of(String attribute) {
		return new AttributePath(null, attribute, null);
	}

	public static AttributePath of(String attribute, @Nullable String subAttribute) {
		return new AttributePath(null, attribute, subAttribute);
	}

	/**
	 * The same path with another (or no) sub-attribute.
	 */
	public AttributePath withSubAttribute(@Nullable String name) {
		return new AttributePath(this.schema, this.attribute, name);
	}

	/**
	 * The same path without its schema URN.
	 */
	public AttributePath withoutSchema() {
		return new AttributePath(null, this.attribute, this.subAttribute);
	}

	/**
	 * Lower-case key: {@code [urn:]attribute[.subAttribute]}.
	 */
	public String key() {
		StringBuilder key = new StringBuilder();
		if (this.schema != null) {
			key.append(this.schema).append(':');
		}
		key.append(this.attribute);
		if (this.subAttribute != null) {
			key.append('.').append(this.subAttribute);
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		if (this.schema != null) {
			text.append(this.schema).append(':');
		}
		text.append(this.attribute);
		if (this.subAttribute != null) {
			text.append('.').append(this.subAttribute);
		}
		return text.toString();
	}

}
