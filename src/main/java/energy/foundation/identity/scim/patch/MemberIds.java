package energy.foundation.identity.scim.patch;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
	 * The ids of a value listing members to remove. A value that is not a UUID cannot be
	 * the id of a member, so removing it changes nothing and it is skipped: removing a
	 * non-member is a no-op (RFC 7644 §3.5.2.2, CLIENTS.md §1.11).
	 * @param value a JSON array of member objects, one member object, or {@code null}
	 * @return the ids that may name members, in the order given, without duplicates
	 * @throws ScimException {@code invalidValue} when a member has no string
	 * {@code value}
	 */
	public static Set<UUID> parseRemoved(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return Set.of();
		}
		Set<UUID> ids = new LinkedHashSet<>();
		for (JsonNode member : value.isArray() ? value.values() : List.of(value)) {
			possibleId(text(member)).ifPresent(ids::add);
		}
		return Collections.unmodifiableSet(ids);
	}

	/**
	 * The id a text names, if it is a UUID in its usual 36-character form.
	 * @param text the id as sent
	 * @return the id, or empty when the text cannot be the id of a user or group
	 */
	static Optional<UUID> possibleId(String text) {
		try {
			return (text.length() == 36) ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Parses one member id.
	 * @param text the id as sent
	 * @return the id
	 * @throws ScimException {@code invalidValue} when it is not a UUID
	 */
	public static UUID uuid(String text) {
		return possibleId(text)
			.orElseThrow(() -> ScimException.invalidValue("A member value must be the id of a user or group"));
	}

	private static UUID id(JsonNode member) {
		return uuid(text(member));
	}

	private static String text(JsonNode member) {
		JsonNode value = member.isObject() ? PropertyNames.get(member, "value") : member;
		if (value == null || !value.isString()) {
			throw ScimException.invalidValue("Each member needs a 'value' with the id of a user or group");
		}
		return value.asString();
	}

}
