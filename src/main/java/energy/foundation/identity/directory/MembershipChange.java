package energy.foundation.identity.directory;

import java.util.Set;
import java.util.UUID;

/**
 * A change to the direct members of a group, applied by the database without loading the
 * group's member list, in the order given, inside the transaction of the PATCH or PUT
 * that asked for it. Adding an existing member and removing a non-member change nothing.
 */
public sealed interface MembershipChange {

	/**
	 * Adds the given users or groups of the same organisation.
	 */
	record Add(Set<UUID> memberIds) implements MembershipChange {
	}

	/**
	 * Removes the given members.
	 */
	record Remove(Set<UUID> memberIds) implements MembershipChange {
	}

	/**
	 * Removes every member.
	 */
	record RemoveAll() implements MembershipChange {
	}

	/**
	 * Makes the members exactly the given set.
	 */
	record Replace(Set<UUID> memberIds) implements MembershipChange {
	}

}
