package energy.foundation.identity.access;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.SelectForUpdateOfStep;

/**
 * The per-organisation lock that puts the changes of an organisation's effective roles
 * one after the other: each holds the organisation's {@code access_lock} row exclusively
 * until it commits, and computes from what the one before it committed (each statement of
 * a read-committed transaction sees every commit before it began). Assignments change
 * only under the exclusive lock.
 * <p>
 * A change of the directory takes the lock last, after the directory's own row locks, and
 * then only reads the directory, so it cannot deadlock with another change of the
 * directory. Retiring an instance takes it before it locks the instance's row, because an
 * assignment holding the lock inserts a row that references the instance and so waits for
 * that row. In an organisation without assignments it takes the lock shared (on
 * PostgreSQL; H2 has only exclusive row locks), which keeps concurrent directory changes
 * apart from nothing but a first assignment being made.
 */
final class AccessLock {

	private AccessLock() {
	}

	/**
	 * Holds the organisation's lock exclusively until the transaction ends.
	 */
	static void lock(DSLContext sql, UUID organisationId) {
		if (select(sql, organisationId, true)) {
			return;
		}
		// an organisation stored without the row (by a tool that bypassed onboarding)
		if (postgres(sql)) {
			sql.insertInto(Tables.LOCK)
				.set(Tables.LOCK_ORGANISATION_ID, organisationId)
				.onConflictDoNothing()
				.execute();
		}
		else {
			sql.query("merge into access_lock key (organisation_id) values (?)", organisationId).execute();
		}
		select(sql, organisationId, true);
	}

	/**
	 * Takes the lock for a change of the directory.
	 * @return {@code true} with the lock held exclusively when the organisation has
	 * assignments, {@code false} when it has none (and none can be made before this
	 * transaction ends)
	 */
	static boolean lockWhenAssigned(DSLContext sql, UUID organisationId) {
		if (RoleGrants.anyAssignment(sql, organisationId)) {
			lock(sql, organisationId);
			return true;
		}
		if (!select(sql, organisationId, false)) {
			lock(sql, organisationId);
		}
		if (!RoleGrants.anyAssignment(sql, organisationId)) {
			return false;
		}
		// the first assignment was made meanwhile
		lock(sql, organisationId);
		return true;
	}

	private static boolean postgres(DSLContext sql) {
		return sql.dialect().family() == SQLDialect.POSTGRES;
	}

	private static boolean select(DSLContext sql, UUID organisationId, boolean exclusive) {
		SelectConditionStep<Record1<UUID>> select = sql.select(Tables.LOCK_ORGANISATION_ID)
			.from(Tables.LOCK)
			.where(Tables.LOCK_ORGANISATION_ID.eq(organisationId));
		SelectForUpdateOfStep<Record1<UUID>> locked = (!exclusive && postgres(sql)) ? select.forKeyShare()
				: select.forUpdate();
		return locked.fetchOptional().isPresent();
	}

}
