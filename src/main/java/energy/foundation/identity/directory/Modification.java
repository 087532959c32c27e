package energy.foundation.identity.directory;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of a {@link ResourceChange}: the complete new attribute document and the
 * membership changes to apply to a group, in order.
 *
 * @param attributes the new attributes (without {@code id}, {@code meta}, {@code schemas}
 * and {@code members})
 * @param membershipChanges changes of the group's direct members; empty for users
 */
public record Modification(ObjectNode attributes, List<MembershipChange> membershipChanges) {

	public Modification {
		membershipChanges = List.copyOf(membershipChanges);
	}

	/**
	 * Sizes only: the attributes hold personal data.
	 */
	@Override
	public String toString() {
		return "Modification[attributes=" + this.attributes.size() + ", membershipChanges="
				+ this.membershipChanges.size() + "]";
	}

}
