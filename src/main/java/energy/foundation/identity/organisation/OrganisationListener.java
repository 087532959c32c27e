package energy.foundation.identity.organisation;

import org.jooq.DSLContext;

/**
 * Told, inside the transaction that makes the change, when an organisation or one of its
 * instances is created or an instance is retired, so that what belongs to them (the
 * default roles of a new instance) commits or rolls back with the change. Listeners run
 * in their {@link org.springframework.core.annotation.Order} and must not call back into
 * {@link Organisations} or {@link Instances}.
 */
public interface OrganisationListener {

	/**
	 * Called once a new organisation is stored.
	 * @param transaction the transaction of the change
	 * @param organisation the new organisation
	 */
	default void organisationCreated(DSLContext transaction, Organisation organisation) {
	}

	/**
	 * Called once a new instance is stored.
	 * @param transaction the transaction of the change
	 * @param instance the new, active instance
	 */
	default void instanceCreated(DSLContext transaction, Instance instance) {
	}

	/**
	 * Called before an active instance is stored as retired, before its row is locked. A
	 * listener takes here the locks it needs when told {@link #instanceRetired}: a
	 * transaction that holds such a lock may be about to insert a row that references the
	 * instance, which waits for the instance's row lock, so waiting for that lock while
	 * holding the row would deadlock.
	 * @param transaction the transaction of the change
	 * @param instance the instance as it is now, still active
	 */
	default void instanceRetiring(DSLContext transaction, Instance instance) {
	}

	/**
	 * Called once an active instance is stored as retired (not when a retired instance is
	 * retired again).
	 * @param transaction the transaction of the change
	 * @param instance the instance as it is now
	 */
	default void instanceRetired(DSLContext transaction, Instance instance) {
	}

}
