package energy.foundation.identity.directory;

import org.jooq.DSLContext;

/**
 * Told of every change of the directory inside the transaction that makes it, so that
 * what follows from the change (a change event, a changed effective role) commits or
 * rolls back with it. Listeners run in their
 * {@link org.springframework.core.annotation.Order} and must not call back into the
 * {@link Directory}. A transaction that the database aborts runs again from the start,
 * and its listeners with it.
 */
@FunctionalInterface
public interface DirectoryListener {

	/**
	 * Called once the change is stored.
	 * @param transaction the transaction of the change
	 * @param change what changed
	 */
	void changed(DSLContext transaction, DirectoryChange change);

}
