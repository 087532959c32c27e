package energy.foundation.identity.scim.filter;

import java.util.regex.Pattern;

/**
 * Reads one attribute path word, {@code [URI ":"] ATTRNAME [subAttr]} (RFC 7644 §3.10).
 * Schema URNs contain colons and dots ({@code ...:enterprise:2.0:User}), so a word that
 * starts with {@code urn:} has its schema cut at the last colon, and only the rest is
 * split into attribute and sub-attribute at the first dot.
 */
final class AttributePathReader {

	private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private static final Pattern SCHEMA_URN = Pattern
		.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\\-.:=@;$_!*'%/~&]+");

	private static final String URN_PREFIX = "urn:";

	private AttributePathReader() {
	}

	/**
	 * The path the word names.
	 * @param word the word, without brackets or whitespace
	 * @param position where the word starts in the text, for error messages
	 */
	static AttributePath read(String word, int position) {
		String schema = null;
		int nameStart = 0;
		if (word.regionMatches(true, 0, URN_PREFIX, 0, URN_PREFIX.length())) {
			nameStart = word.lastIndexOf(':') + 1;
			schema = word.substring(0, nameStart - 1);
			checkSchema(schema, position);
		}

		String names = word.substring(nameStart);
		int dot = names.indexOf('.');
		String attribute = (dot < 0) ? names : names.substring(0, dot);
		checkName(attribute, position + nameStart);
		String subAttribute = (dot < 0) ? null : names.substring(dot + 1);
		if (subAttribute != null) {
			checkName(subAttribute, position + nameStart + dot + 1);
		}
		return new AttributePath(schema, attribute, subAttribute);
	}

	/**
	 * Checks an attribute or sub-attribute name: {@code ATTRNAME} (RFC 7644 §3.10) or
	 * {@code $ref} (RFC 7643 §2.4).
	 */
	static String checkName(String name, int position) {
		if (!isName(name)) {
			throw new InvalidFilterException(describeBadName(name), position);
		}
		return name;
	}

	static boolean isName(String name) {
		return ATTRIBUTE_NAME.matcher(name).matches() || "$ref".equalsIgnoreCase(name);
	}

	private static void checkSchema(String schema, int position) {
		if (!SCHEMA_URN.matcher(schema).matches()) {
			throw new InvalidFilterException("Invalid schema URN in attribute path", position);
		}
	}

	private static String describeBadName(String name) {
		if (name.isEmpty()) {
			return "Missing attribute name";
		}
		String excerpt = (name.length() <= 20) ? name : name.substring(0, 20) + "...";
		return "Invalid attribute name '" + excerpt
				+ "': a name starts with a letter and holds letters, digits, '-' or '_'";
	}

}
