package energy.foundation.identity.directory;

/**
 * How many members one change of a group actually added and removed: ids that were
 * members already, or were not members, count for nothing.
 */
final class MemberCounts {

	private int added;

	private int removed;

	void added(int count) {
		this.added += count;
	}

	void removed(int count) {
		this.removed += count;
	}

	int added() {
		return this.added;
	}

	int removed() {
		return this.removed;
	}

}
