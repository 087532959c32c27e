package energy.foundation.identity.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A role assigned to a user or a group.
 *
 * @param roleId the role
 * @param roleName the role's current name
 * @param subject the user or group it is assigned to
 * @param subjectName the user's {@code userName} or the group's {@code displayName} now
 * @param createdAt when it was assigned
 * @param createdBy who assigned it, for people to read, if known
 */
public record Assignment(UUID roleId, String roleName, Subject subject, String subjectName, Instant createdAt,
		@Nullable String createdBy) {

	/**
	 * Ids only: names are personal data.
	 */
	@Override
	public String toString() {
		return "Assignment[roleId=" + this.roleId + ", subject=" + this.subject + ", createdAt=" + this.createdAt + "]";
	}

}
