package energy.foundation.identity.directory;

import java.util.UUID;

/**
 * A direct member of a group as a list shows it.
 *
 * @param type whether the member is a user or a group
 * @param id the member's id
 * @param displayName a user's {@code displayName} when not empty, else its
 * {@code userName}; a group's {@code displayName}
 */
public record MemberSummary(ResourceType type, UUID id, String displayName) {

	@Override
	public String toString() {
		return "MemberSummary[type=" + this.type + ", id=" + this.id + "]";
	}

}
