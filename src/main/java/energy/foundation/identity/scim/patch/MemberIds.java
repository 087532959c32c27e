package energy.foundation.identity.scim.patch;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the ids of group members from a {@code members} value (RFC 7643 §4.2): a list of
 * objects whose {@code value} is the id of a user or group of the same organisation.
 * Other sub-attributes ({@code $ref}, which Entra sends as {@code null}, {@code display},
 * {@code type}) are ignored: membership is stored by id only.
 */
public final class MemberIds {

	private MemberIds() {
	}

	/**
	 * The member ids of a value; an empty set for {@code null}.
	 * @param value a JSON array of member objects, one member object, or {@code null}
	 * @return the ids in the order given, without duplicates
	 * @throws ScimException {@code invalidValue} when a member has no UUID {@code value}
	 */
	public static Set<UUID> parse(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return Set.of();
		}
		Set<UUID> ids = new LinkedHashSet<>();
		if (value.isArray()) {
			value.values().forEach((member) -> ids.add(id(member)));
		}
		else {
			ids.add(id(value));
		}
		return Collections.unmodifiableSet(ids);
	}

	/**
	 * Parses one member id.
	 * @param text the id as sent
	 * @return the id
	 * @throws ScimException {@code invalidValue} when it is not a UUID
	 */
	public static UUID uuid(String text) {
		try {
			if (text.length() == 36) {
				return UUID.fromString(text);
			}
		}
		catch (IllegalArgumentException ex) {
			throw ScimException.invalidValue("A member value must be the id of a user or group");
		}
		throw ScimException.invalidValue("A member value must be the id of a user or group");
	}

	private static UUID id(JsonNode member) {
		JsonNode value = member.isObject() ? PropertyNames.get(member, "value") : member;
		if (value == null || !value.isString()) {
			throw ScimException.invalidValue("Each member needs a 'value' with the id of a user or group");
		}
		return uuid(value.asString());
	}

}
