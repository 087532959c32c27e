package energy.foundation.identity.scim.schema;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The syntax of attribute names (RFC 7643 §2.1: {@code ATTRNAME = ALPHA *(nameChar)},
 * {@code nameChar = "-" / "_" / DIGIT / ALPHA}) and of schema URNs, applied to every key
 * a client sends, so that a key such as {@code ""} or
 * {@code emails[type eq "work"].value} is refused rather than stored as an attribute.
 * Names are compared case-insensitively (§2.1), so one object naming an attribute twice
 * in different cases is ambiguous and refused too. Errors name the key, shortened, never
 * a value.
 */
public final class AttributeNames {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	/**
	 * A URN (RFC 8141): {@code urn:}, a namespace identifier and a namespace-specific
	 * string without spaces, quotes or brackets.
	 */
	private static final Pattern URN = Pattern
		.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\\-.:=@;$_!*'%/?#~&]+");

	/**
	 * The sub-attribute holding the URI of a referenced resource (RFC 7643 §2.4), the one
	 * name outside the ATTRNAME grammar.
	 */
	private static final String REF = "$ref";

	private static final int SHOWN_LENGTH = 64;

	private AttributeNames() {
	}

	/**
	 * Whether {@code name} is an attribute name (RFC 7643 §2.1).
	 * @param name the name
	 * @return {@code true} for {@code userName}, {@code x509Certificates}; {@code false}
	 * for {@code ""}, {@code $ref}, {@code name.givenName}
	 */
	public static boolean isName(String name) {
		return NAME.matcher(name).matches();
	}

	/**
	 * Whether {@code key} is a URN such as a schema URN (RFC 7643 §3, §8.7).
	 * @param key the key
	 * @return whether it has the shape of a URN
	 */
	public static boolean isUrn(String key) {
		return URN.matcher(key).matches();
	}

	/**
	 * Whether an attribute path split from a client's key names an attribute: its
	 * attribute and sub-attribute are attribute names and its schema, when given, a URN.
	 * @param path the path, as {@link SchemaRegistry#attributePath} splits a key
	 * @return whether the path is well formed
	 */
	public static boolean isAttributePath(AttributePath path) {
		String schema = path.schema();
		String subAttribute = path.subAttribute();
		return isName(path.attribute()) && (subAttribute == null || isName(subAttribute))
				&& (schema == null || isUrn(schema));
	}

	/**
	 * A key as error details show it: at most 64 characters.
	 * @param key the key a client sent
	 * @return the key, shortened with an ellipsis when longer
	 */
	public static String shown(String key) {
		return (key.length() <= SHOWN_LENGTH) ? key : key.substring(0, SHOWN_LENGTH) + "...";
	}

	/**
	 * Refuses an object that names a member twice, ignoring case ({@code {"userName":
	 * "a", "USERNAME": "b"}}): which one was meant is unknown.
	 * @param object a JSON object (anything else passes)
	 * @param where what the object is, for the error detail
	 * @throws ScimException {@code invalidSyntax} naming the member
	 */
	public static void requireUniqueNames(JsonNode object, String where) {
		if (!object.isObject()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (String key : object.propertyNames()) {
			if (!seen.add(key.toLowerCase(Locale.ROOT))) {
				throw ScimException.invalidSyntax("'" + shown(key) + "' is given more than once, in different case, in "
						+ shown(where) + "; attribute names are case-insensitive");
			}
		}
	}

	/**
	 * Checks the names inside an attribute value: in every object of the value each key
	 * is an attribute name given once, or {@code $ref} where references may sit (a
	 * multi-valued attribute, an attribute whose schema defines {@code $ref} such as
	 * {@code members} or {@code manager}, or an attribute no schema defines).
	 * @param definition the attribute or sub-attribute the value belongs to, or
	 * {@code null} when no schema defines it
	 * @param value the value a client sent
	 * @param path the attribute path to name in an error
	 * @throws ScimException {@code invalidValue} for a key that is not a name,
	 * {@code invalidSyntax} for a name given twice
	 */
	public static void checkValue(@Nullable AttributeDefinition definition, JsonNode value, String path) {
		if (value.isArray()) {
			value.values().forEach((element) -> checkValue(definition, element, path));
			return;
		}
		if (!value.isObject()) {
			return;
		}
		requireUniqueNames(value, "the value of '" + path + "'");
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String key = property.getKey();
			if (!isName(key) && !(REF.equals(key) && mayReference(definition))) {
				throw ScimException.invalidValue(
						"'" + shown(key) + "' in the value of '" + shown(path) + "' is not a valid sub-attribute name");
			}
			AttributeDefinition sub = (definition != null) ? definition.subAttribute(key).orElse(null) : null;
			checkValue(sub, property.getValue(), path + "." + key);
		}
	}

	/**
	 * Checks an object of attributes of an extension no schema here defines: each key is
	 * an attribute name given once, and each value passes {@link #checkValue}.
	 * @param object the extension's object
	 * @param urn the extension's URN, for error details
	 * @throws ScimException {@code invalidValue} for a key that is not a name,
	 * {@code invalidSyntax} for a name given twice
	 */
	public static void checkAttributes(JsonNode object, String urn) {
		requireUniqueNames(object, "'" + urn + "'");
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			if (!isName(property.getKey())) {
				throw ScimException.invalidValue("'" + shown(property.getKey()) + "' in '" + shown(urn)
						+ "' is not a valid attribute name (RFC 7643 §2.1)");
			}
			checkValue(null, property.getValue(), urn + ":" + property.getKey());
		}
	}

	private static boolean mayReference(@Nullable AttributeDefinition definition) {
		return definition == null || definition.multiValued() || definition.subAttribute(REF).isPresent();
	}

}
