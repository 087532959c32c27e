package energy.foundation.identity.directory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jooq.DSLContext;

/**
 * Remembers every change it is told of, and refuses the next change of a chosen
 * organisation when asked to, so that tests can see a listener's failure roll the change
 * back.
 */
final class RecordingListener implements DirectoryListener {

	private final List<DirectoryChange> changes = new CopyOnWriteArrayList<>();

	private volatile UUID refused = new UUID(0, 0);

	@Override
	public void changed(DSLContext transaction, DirectoryChange change) {
		if (change.organisationId().equals(this.refused)) {
			throw new IllegalStateException("Refused by the test");
		}
		this.changes.add(change);
	}

	/**
	 * The changes of one organisation, in the order they were told.
	 */
	List<DirectoryChange> of(UUID organisationId) {
		return this.changes.stream().filter((change) -> change.organisationId().equals(organisationId)).toList();
	}

	void refuse(UUID organisationId) {
		this.refused = organisationId;
	}

}
