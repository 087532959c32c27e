package energy.foundation.identity.directory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which members one change of a group actually added and removed: ids that were members
 * already, or were not members, count for nothing. A member removed and added again by
 * one change counts as neither.
 */
final class MemberCounts {

	private final Map<UUID, ResourceType> added = new LinkedHashMap<>();

	private final Map<UUID, ResourceType> removed = new LinkedHashMap<>();

	void added(Map<UUID, ResourceType> members) {
		members.forEach((id, type) -> {
			if (this.removed.remove(id) == null) {
				this.added.put(id, type);
			}
		});
	}

	void removed(Map<UUID, ResourceType> members) {
		members.forEach((id, type) -> {
			if (this.added.remove(id) == null) {
				this.removed.put(id, type);
			}
		});
	}

	int added() {
		return this.added.size();
	}

	int removed() {
		return this.removed.size();
	}

	Map<UUID, ResourceType> addedMembers() {
		return this.added;
	}

	Map<UUID, ResourceType> removedMembers() {
		return this.removed;
	}

	/**
	 * The users among the members added or removed.
	 */
	Set<UUID> users() {
		Set<UUID> users = new HashSet<>();
		this.added.forEach((id, type) -> addUser(users, id, type));
		this.removed.forEach((id, type) -> addUser(users, id, type));
		return users;
	}

	boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty();
	}

	private static void addUser(Set<UUID> users, UUID id, ResourceType type) {
		if (type == ResourceType.USER) {
			users.add(id);
		}
	}

}
