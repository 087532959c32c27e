package energy.foundation.identity.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.DirectoryChange;
import energy.foundation.identity.directory.DirectoryListener;
import energy.foundation.identity.directory.ResourceSummary;
import energy.foundation.identity.directory.ResourceType;
import org.jooq.DSLContext;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follows each change of the directory with the change of effective roles it makes, in
 * its transaction and after its change events (a {@code role.revoked} follows the
 * {@code user.disabled} that caused it): a user disabled, enabled or deleted, members
 * added to or removed from a group (with every user below a nested group that came or
 * went), a group deleted (with every user below it, read once this change holds the
 * lock). A deleted user's or group's assignments are deleted with it.
 * <p>
 * Changes that cannot move an effective role (a new resource, whose members follow as
 * their own change; a renamed group; a changed attribute) cost nothing; in an
 * organisation without assignments the others cost two short queries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
final class AccessListener implements DirectoryListener {

	private final EffectiveRoleStore store;

	AccessListener(EffectiveRoleStore store) {
		this.store = store;
	}

	@Override
	public void changed(DSLContext transaction, DirectoryChange change) {
		switch (change) {
			case DirectoryChange.Created created -> {
				// nothing is assigned to a new id, and a new group's members follow
			}
			case DirectoryChange.Modified modified -> {
				if (modified.after().type() == ResourceType.USER && activeChanged(modified)) {
					userChanged(transaction, modified.organisationId(), modified.after().id());
				}
			}
			case DirectoryChange.MembersChanged members -> membersChanged(transaction, members);
			case DirectoryChange.Deleted deleted -> deleted(transaction, deleted);
		}
	}

	private static boolean activeChanged(DirectoryChange.Modified modified) {
		return ResourceSummary.of(modified.before()).active() != ResourceSummary.of(modified.after()).active();
	}

	private void userChanged(DSLContext sql, UUID organisationId, UUID userId) {
		if (AccessLock.lockWhenAssigned(sql, organisationId)) {
			this.store.recompute(sql, organisationId, Set.of(userId));
		}
	}

	private void membersChanged(DSLContext sql, DirectoryChange.MembersChanged change) {
		UUID organisationId = change.organisationId();
		if (!AccessLock.lockWhenAssigned(sql, organisationId)
				|| !RoleGrants.assignedAtOrAbove(sql, organisationId, change.groupId())) {
			return;
		}
		Set<UUID> users = new HashSet<>();
		Set<UUID> groups = new HashSet<>();
		collect(change.added(), users, groups);
		collect(change.removed(), users, groups);
		users.addAll(RoleGrants.usersBelow(sql, organisationId, groups));
		this.store.recompute(sql, organisationId, users);
	}

	private static void collect(Map<UUID, ResourceType> members, Set<UUID> users, Set<UUID> groups) {
		members.forEach((id, type) -> ((type == ResourceType.USER) ? users : groups).add(id));
	}

	private void deleted(DSLContext sql, DirectoryChange.Deleted deleted) {
		UUID organisationId = deleted.organisationId();
		if (!AccessLock.lockWhenAssigned(sql, organisationId)) {
			return;
		}
		UUID id = deleted.resource().id();
		boolean user = deleted.resource().type() == ResourceType.USER;
		SubjectType type = user ? SubjectType.USER : SubjectType.GROUP;
		Set<UUID> users = new HashSet<>();
		if (user) {
			users.add(id);
		}
		else {
			// the users below the member groups are read under the lock, so that a user
			// added below one of them after the directory read the members is among them
			Set<UUID> groups = new HashSet<>();
			collect(deleted.members(), users, groups);
			users.addAll(RoleGrants.usersBelow(sql, organisationId, groups));
		}
		sql.deleteFrom(Tables.ASSIGNMENT)
			.where(Tables.ASSIGNMENT_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ASSIGNMENT_SUBJECT_TYPE.eq(type.code()))
			.and(Tables.ASSIGNMENT_SUBJECT_ID.eq(id))
			.execute();
		this.store.recompute(sql, organisationId, users);
	}

}
