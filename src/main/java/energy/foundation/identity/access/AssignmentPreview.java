package energy.foundation.identity.access;

import java.util.List;

/**
 * What assigning a role to a subject, or taking it away, would change, computed without
 * making the change.
 *
 * @param role the role
 * @param subject the user or group
 * @param assign whether the preview is of assigning (else of taking the assignment away)
 * @param alreadyDone whether the role is already assigned (when assigning) or not
 * assigned (when taking away), so that the change would change nothing
 * @param users how many active users the subject covers (the user, or every user below
 * the group)
 * @param gaining how many users would hold the role and do not now
 * @param losing how many users hold the role now and would not
 * @param examples the {@code userName}s of some of the users that would gain or lose it,
 * at most {@value RoleAssignments#PREVIEW_EXAMPLES}, by name
 */
public record AssignmentPreview(Role role, Subject subject, boolean assign, boolean alreadyDone, int users, int gaining,
		int losing, List<String> examples) {

	public AssignmentPreview {
		examples = List.copyOf(examples);
	}

	/**
	 * Ids and counts only: the examples are user names, personal data.
	 */
	@Override
	public String toString() {
		return "AssignmentPreview[roleId=" + this.role.id() + ", subject=" + this.subject + ", assign=" + this.assign
				+ ", alreadyDone=" + this.alreadyDone + ", users=" + this.users + ", gaining=" + this.gaining
				+ ", losing=" + this.losing + ", examples=" + this.examples.size() + "]";
	}

}
