package energy.foundation.identity.directory;

/**
 * A change computed from the current state of a resource, such as a PATCH request (RFC
 * 7644 §3.5.2). The directory calls it inside the transaction that holds the resource's
 * row lock, so concurrent changes of one resource apply one after the other.
 */
@FunctionalInterface
public interface ResourceChange {

	/**
	 * Computes the new attributes and the membership changes.
	 * @param current the resource as stored, without references (group members are never
	 * loaded for a change)
	 * @return the modification to store
	 */
	Modification apply(StoredResource current);

	/**
	 * Told, inside the transaction once the modification is stored, how many direct
	 * members it actually added and removed (both 0 for users). Called again when the
	 * transaction runs again, so the last call counts.
	 * @param added members that were not members before
	 * @param removed members that are no longer members
	 */
	default void membersChanged(int added, int removed) {
	}

}
