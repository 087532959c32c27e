package energy.foundation.identity.access;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.OrganisationListener;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

/**
 * Gives every new organisation its {@link AccessLock} row and every new instance the
 * default roles, and takes the roles of a retired instance from their holders (with a
 * {@code role.revoked} event each), in the transaction of the change. Retiring takes the
 * organisation's {@link AccessLock} before the instance's row is locked, in the order an
 * assignment takes them.
 */
@Component
final class InstanceAccessListener implements OrganisationListener {

	private final Roles roles;

	private final EffectiveRoleStore store;

	InstanceAccessListener(Roles roles, EffectiveRoleStore store) {
		this.roles = roles;
		this.store = store;
	}

	@Override
	public void organisationCreated(DSLContext transaction, Organisation organisation) {
		transaction.insertInto(Tables.LOCK).set(Tables.LOCK_ORGANISATION_ID, organisation.id()).execute();
	}

	@Override
	public void instanceCreated(DSLContext transaction, Instance instance) {
		this.roles.insertDefaults(transaction, instance);
	}

	@Override
	public void instanceRetiring(DSLContext transaction, Instance instance) {
		// before the instance's row is locked: an assignment holding the lock
		// inserts a row referencing the instance, which waits for that row
		AccessLock.lock(transaction, instance.organisationId());
	}

	@Override
	public void instanceRetired(DSLContext transaction, Instance instance) {
		AccessLock.lock(transaction, instance.organisationId());
		this.store.recompute(transaction, instance.organisationId(), EffectiveRoleStore.holders(transaction,
				instance.organisationId(), Tables.EFFECTIVE_INSTANCE_ID.eq(instance.id())));
	}

}
