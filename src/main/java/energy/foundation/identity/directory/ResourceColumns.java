package energy.foundation.identity.directory;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The columns derived from a resource's attribute document, validated against what the
 * storage requires.
 *
 * @param name {@code userName} of a user or {@code displayName} of a group, as sent
 * @param externalId the {@code externalId}
 * @param displayName the {@code displayName}
 * @param active the user's {@code active} flag ({@code true} when absent)
 * @param guest whether the user is an Entra ID B2B guest (see {@link GuestUsers})
 */
record ResourceColumns(String name, @Nullable String externalId, @Nullable String displayName, boolean active,
		boolean guest) {

	/** Longest unique name or external id the columns hold. */
	static final int MAX_LENGTH = 512;

	static ResourceColumns of(ResourceType type, ObjectNode attributes) {
		String externalId = string(attributes, "externalId");
		String displayName = string(attributes, "displayName");
		String nameAttribute = ResourceTable.of(type).nameAttribute();
		String name = string(attributes, nameAttribute);
		if (name == null || name.isBlank()) {
			throw new InvalidResourceException("Attribute " + nameAttribute + " is required");
		}
		requireLength(nameAttribute, name);
		// lower-casing can lengthen text ("İ" becomes "i" and a combining dot), and the
		// key column is no wider than the name column
		if (name.toLowerCase(Locale.ROOT).length() > MAX_LENGTH) {
			throw new InvalidResourceException(
					"Attribute " + nameAttribute + " is longer than " + MAX_LENGTH + " characters in lower case");
		}
		requireLength("externalId", externalId);
		requireLength("displayName", displayName);
		JsonNode userType = find(attributes, "userType");
		boolean guest = type == ResourceType.USER && GuestUsers.isGuest(externalId, name,
				(userType != null && userType.isString()) ? userType.stringValue() : null);
		return new ResourceColumns(name, externalId, displayName, active(attributes), guest);
	}

	/**
	 * The unique name as the case-insensitive key column holds it.
	 */
	String nameKey() {
		return this.name.toLowerCase(Locale.ROOT);
	}

	/**
	 * The name references to the resource show: a user's {@code displayName} when not
	 * empty, else its {@code userName}; a group's {@code displayName}.
	 */
	String display() {
		return (this.displayName != null && !this.displayName.isEmpty()) ? this.displayName : this.name;
	}

	@Override
	public String toString() {
		return "ResourceColumns[name=" + this.name.length() + " characters, active=" + this.active + ", guest="
				+ this.guest + "]";
	}

	private static @Nullable String string(ObjectNode attributes, String attribute) {
		JsonNode value = find(attributes, attribute);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new InvalidResourceException("Attribute " + attribute + " must be a string");
		}
		return value.stringValue();
	}

	private static boolean active(ObjectNode attributes) {
		JsonNode value = find(attributes, "active");
		if (value == null || value.isNull()) {
			return true;
		}
		if (!value.isBoolean()) {
			throw new InvalidResourceException("Attribute active must be a boolean");
		}
		return value.booleanValue();
	}

	private static @Nullable JsonNode find(ObjectNode attributes, String attribute) {
		for (Map.Entry<String, JsonNode> property : attributes.properties()) {
			if (property.getKey().equalsIgnoreCase(attribute)) {
				return property.getValue();
			}
		}
		return null;
	}

	private static void requireLength(String attribute, @Nullable String value) {
		if (value != null && value.length() > MAX_LENGTH) {
			throw new InvalidResourceException(
					"Attribute " + attribute + " is longer than " + MAX_LENGTH + " characters");
		}
	}

}
