package energy.foundation.identity.directory;

import java.util.Map;
import java.util.UUID;

/**
 * A change of the directory, told to every {@link DirectoryListener} inside the
 * transaction that made it.
 */
public sealed interface DirectoryChange {

	/**
	 * The organisation whose directory changed.
	 */
	UUID organisationId();

	/**
	 * A user or group was created; the members a group was created with follow as
	 * {@link MembersChanged}.
	 *
	 * @param resource the stored resource, without references
	 */
	record Created(StoredResource resource) implements DirectoryChange {

		@Override
		public UUID organisationId() {
			return this.resource.organisationId();
		}

	}

	/**
	 * The attributes of a user or group changed (a change of members only is told as
	 * {@link MembersChanged} alone).
	 *
	 * @param before the resource before the change, without references
	 * @param after the resource after the change, without references
	 */
	record Modified(StoredResource before, StoredResource after) implements DirectoryChange {

		@Override
		public UUID organisationId() {
			return this.after.organisationId();
		}

	}

	/**
	 * The direct members of a group changed.
	 *
	 * @param organisationId the organisation of the group
	 * @param groupId the group
	 * @param added members that were not members before, with their type
	 * @param removed members that are no longer members, with their type
	 */
	record MembersChanged(UUID organisationId, UUID groupId, Map<UUID, ResourceType> added,
			Map<UUID, ResourceType> removed) implements DirectoryChange {

		public MembersChanged {
			added = Map.copyOf(added);
			removed = Map.copyOf(removed);
		}

	}

	/**
	 * A user or group was deleted, with its memberships in every group and, for a group,
	 * its own members. The members of a group that was a member stay as they are: a
	 * listener that needs the users below the deleted group reads them from its direct
	 * member groups, which also finds a user added below one of them meanwhile.
	 *
	 * @param resource the resource as it was, without references
	 * @param members for a group, its direct members (users and groups) with their type,
	 * as they were; for a user, empty
	 */
	record Deleted(StoredResource resource, Map<UUID, ResourceType> members) implements DirectoryChange {

		public Deleted {
			members = Map.copyOf(members);
		}

		@Override
		public UUID organisationId() {
			return this.resource.organisationId();
		}

	}

}
