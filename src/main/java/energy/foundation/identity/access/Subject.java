package energy.foundation.identity.access;

import java.util.UUID;

/**
 * A user or group that a role is assigned to, by its directory id: an assignment follows
 * the id, so renaming a group changes nothing.
 *
 * @param type user or group
 * @param id the user's or group's id in the directory
 */
public record Subject(SubjectType type, UUID id) {

	/**
	 * The user with this id.
	 */
	public static Subject user(UUID id) {
		return new Subject(SubjectType.USER, id);
	}

	/**
	 * The group with this id.
	 */
	public static Subject group(UUID id) {
		return new Subject(SubjectType.GROUP, id);
	}

}
