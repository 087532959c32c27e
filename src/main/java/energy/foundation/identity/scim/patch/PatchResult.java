package energy.foundation.identity.scim.patch;

import java.util.List;

import energy.foundation.identity.directory.MembershipChange;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of applying a PATCH request: the new attribute document and, for a group,
 * the membership changes to apply in order.
 *
 * @param attributes the changed copy of the attribute document
 * @param membershipChanges changes to a group's direct members, in request order
 */
public record PatchResult(ObjectNode attributes, List<MembershipChange> membershipChanges) {

	public PatchResult {
		membershipChanges = List.copyOf(membershipChanges);
	}

	/**
	 * Names only the shape of the result: attribute values are personal data and stay out
	 * of logs.
	 */
	@Override
	public String toString() {
		return "PatchResult[attributes=" + this.attributes.size() + ", membershipChanges="
				+ this.membershipChanges.size() + "]";
	}

}
