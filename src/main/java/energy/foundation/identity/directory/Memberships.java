package energy.foundation.identity.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep4;
import org.jooq.Name;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.SelectForUpdateStep;
import org.jooq.impl.DSL;

/**
 * The direct members of groups. Changes run as SQL on the rows they name, never on a
 * loaded member list, inside the transaction that locked the group's row. Members are
 * read with a shared lock, so that a member deleted meanwhile is either rejected or
 * removed again by its deletion.
 */
final class Memberships {

	private static final MemberTable GROUP_MEMBER = MemberTable.GROUP_MEMBER;

	private static final Name DISPLAY = DSL.unquotedName("display");

	private Memberships() {
	}

	/**
	 * Applies the changes in order.
	 * @param counts told which members were actually added and removed
	 * @throws InvalidMemberException when a change adds an id that is not a user or group
	 * of the organisation, or the group itself
	 */
	static void apply(DSLContext sql, UUID organisationId, UUID groupId, List<MembershipChange> changes,
			MemberCounts counts) {
		for (MembershipChange change : changes) {
			switch (change) {
				case MembershipChange.Add add -> add(sql, organisationId, groupId, add.memberIds(), counts);
				case MembershipChange.Remove remove -> remove(sql, organisationId, groupId, remove.memberIds(), counts);
				case MembershipChange.RemoveAll removeAll -> removeAll(sql, organisationId, groupId, counts);
				case MembershipChange.Replace replace ->
					replace(sql, organisationId, groupId, replace.memberIds(), counts);
			}
		}
	}

	/**
	 * Adds members that are not members yet.
	 */
	static void add(DSLContext sql, UUID organisationId, UUID groupId, Set<UUID> memberIds, MemberCounts counts) {
		if (memberIds.isEmpty()) {
			return;
		}
		Map<UUID, ResourceType> added = lockMembers(sql, organisationId, groupId, memberIds);
		added.keySet().removeAll(currentMembers(sql, organisationId, groupId, added.keySet()));
		insertAll(sql, organisationId, groupId, added);
		counts.added(added);
	}

	private static void insertAll(DSLContext sql, UUID organisationId, UUID groupId, Map<UUID, ResourceType> members) {
		RowBatches.write(List.copyOf(members.entrySet()), (batch) -> insert(sql, organisationId, groupId, batch));
	}

	private static void insert(DSLContext sql, UUID organisationId, UUID groupId,
			List<Map.Entry<UUID, ResourceType>> members) {
		InsertValuesStep4<?, UUID, UUID, UUID, String> insert = sql.insertInto(GROUP_MEMBER.table(),
				GROUP_MEMBER.organisationId(), GROUP_MEMBER.groupId(), GROUP_MEMBER.memberId(),
				GROUP_MEMBER.memberType());
		for (Map.Entry<UUID, ResourceType> member : members) {
			insert = insert.values(organisationId, groupId, member.getKey(), member.getValue().scimName());
		}
		insert.execute();
	}

	/**
	 * Removes a deleted user or group from every group it belonged to, and a deleted
	 * group's own members.
	 */
	static void removeEverywhere(DSLContext sql, UUID organisationId, UUID resourceId) {
		sql.deleteFrom(GROUP_MEMBER.table())
			.where(GROUP_MEMBER.organisationId().eq(organisationId))
			.and(GROUP_MEMBER.memberId().eq(resourceId).or(GROUP_MEMBER.groupId().eq(resourceId)))
			.execute();
	}

	/**
	 * The groups a user or group directly belongs to.
	 */
	static List<UUID> groupsOf(DSLContext sql, UUID organisationId, UUID memberId) {
		return sql.select(GROUP_MEMBER.groupId())
			.from(GROUP_MEMBER.table())
			.where(GROUP_MEMBER.organisationId().eq(organisationId))
			.and(GROUP_MEMBER.memberId().eq(memberId))
			.fetch(GROUP_MEMBER.groupId());
	}

	/**
	 * The users among the direct members of a group: only their ids, however many.
	 */
	static Set<UUID> userMembers(DSLContext sql, UUID organisationId, UUID groupId) {
		return new HashSet<>(sql.select(GROUP_MEMBER.memberId())
			.from(GROUP_MEMBER.table())
			.where(GROUP_MEMBER.organisationId().eq(organisationId))
			.and(GROUP_MEMBER.groupId().eq(groupId))
			.and(GROUP_MEMBER.memberType().eq(ResourceType.USER.scimName()))
			.fetch(GROUP_MEMBER.memberId()));
	}

	/**
	 * The references of the given resources: the members of groups, the groups of users;
	 * resources without any have no entry.
	 */
	static Map<UUID, List<Reference>> references(DSLContext sql, UUID organisationId, ResourceType type,
			Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<Reference>> references = new HashMap<>();
		for (Record4<UUID, UUID, String, String> row : referenceQuery(sql, organisationId, type, ids)) {
			ResourceType referenced = (type == ResourceType.GROUP) ? Membership.typeOf(row.value3())
					: ResourceType.GROUP;
			references.computeIfAbsent(row.value1(), (id) -> new ArrayList<>())
				.add(new Reference(row.value2(), (referenced != null) ? referenced : ResourceType.USER, row.value4()));
		}
		return references;
	}

	private static ResultQuery<Record4<UUID, UUID, String, String>> referenceQuery(DSLContext sql, UUID organisationId,
			ResourceType type, Collection<UUID> ids) {
		ResourceTable user = ResourceTable.USER;
		ResourceTable group = ResourceTable.GROUP;
		Field<UUID> self = (type == ResourceType.GROUP) ? GROUP_MEMBER.groupId() : GROUP_MEMBER.memberId();
		Field<UUID> other = (type == ResourceType.GROUP) ? GROUP_MEMBER.memberId() : GROUP_MEMBER.groupId();
		Field<String> userDisplay = DSL.coalesce(DSL.nullif(user.displayName(), ""), user.name());
		Field<String> display = DSL.coalesce(displayOf(user, userDisplay, other), displayOf(group, group.name(), other))
			.as(DISPLAY);
		return sql.select(self, other, GROUP_MEMBER.memberType(), display)
			.from(GROUP_MEMBER.table())
			.where(GROUP_MEMBER.organisationId().eq(organisationId))
			.and(self.in(ids))
			.orderBy(self, GROUP_MEMBER.memberType().desc(), DSL.field(DISPLAY), other);
	}

	/**
	 * The display name of the referenced resource, looked up by primary key. A join would
	 * serve too, but before PostgreSQL has statistics of a freshly filled table it may
	 * plan one that scans every user of the organisation once per member.
	 */
	private static Field<String> displayOf(ResourceTable table, Field<String> name, Field<UUID> other) {
		return DSL.field(DSL.select(name)
			.from(table.table())
			.where(table.organisationId().eq(GROUP_MEMBER.organisationId()))
			.and(table.id().eq(other)));
	}

	private static void remove(DSLContext sql, UUID organisationId, UUID groupId, Set<UUID> memberIds,
			MemberCounts counts) {
		RowBatches.write(List.copyOf(memberIds), (batch) -> {
			Condition members = GROUP_MEMBER.organisationId()
				.eq(organisationId)
				.and(GROUP_MEMBER.groupId().eq(groupId))
				.and(GROUP_MEMBER.memberId().in(batch));
			counts.removed(membersWithType(sql, members));
			sql.deleteFrom(GROUP_MEMBER.table()).where(members).execute();
		});
	}

	private static void removeAll(DSLContext sql, UUID organisationId, UUID groupId, MemberCounts counts) {
		counts.removed(members(sql, organisationId, groupId));
		deleteAll(sql, organisationId, groupId);
	}

	/**
	 * Deletes every member.
	 */
	private static void deleteAll(DSLContext sql, UUID organisationId, UUID groupId) {
		sql.deleteFrom(GROUP_MEMBER.table())
			.where(GROUP_MEMBER.organisationId().eq(organisationId))
			.and(GROUP_MEMBER.groupId().eq(groupId))
			.execute();
	}

	/**
	 * Makes the members exactly the given set.
	 */
	private static void replace(DSLContext sql, UUID organisationId, UUID groupId, Set<UUID> memberIds,
			MemberCounts counts) {
		Map<UUID, ResourceType> after = memberIds.isEmpty() ? Map.of()
				: lockMembers(sql, organisationId, groupId, memberIds);
		Map<UUID, ResourceType> before = members(sql, organisationId, groupId);

		// deleting every row needs no list of ids in the statement, however many members
		// there are; the transaction makes delete and insert one change
		deleteAll(sql, organisationId, groupId);
		insertAll(sql, organisationId, groupId, after);

		Map<UUID, ResourceType> removed = new LinkedHashMap<>(before);
		removed.keySet().removeAll(after.keySet());
		Map<UUID, ResourceType> added = new LinkedHashMap<>(after);
		added.keySet().removeAll(before.keySet());
		counts.removed(removed);
		counts.added(added);
	}

	/**
	 * The direct members of a group, users and groups, with their type.
	 */
	static Map<UUID, ResourceType> members(DSLContext sql, UUID organisationId, UUID groupId) {
		return membersWithType(sql,
				GROUP_MEMBER.organisationId().eq(organisationId).and(GROUP_MEMBER.groupId().eq(groupId)));
	}

	private static Map<UUID, ResourceType> membersWithType(DSLContext sql, Condition condition) {
		Map<UUID, ResourceType> members = new LinkedHashMap<>();
		for (Record2<UUID, String> row : sql.select(GROUP_MEMBER.memberId(), GROUP_MEMBER.memberType())
			.from(GROUP_MEMBER.table())
			.where(condition)
			.fetch()) {
			ResourceType type = Membership.typeOf(row.value2());
			members.put(row.value1(), (type != null) ? type : ResourceType.USER);
		}
		return members;
	}

	/**
	 * The type of each given member, each row locked against deletion.
	 * @throws InvalidMemberException when an id is not a user or group of the
	 * organisation, or is the group itself
	 */
	private static Map<UUID, ResourceType> lockMembers(DSLContext sql, UUID organisationId, UUID groupId,
			Set<UUID> memberIds) {
		if (memberIds.contains(groupId)) {
			throw new InvalidMemberException("A group cannot be a member of itself");
		}
		Map<UUID, ResourceType> members = new LinkedHashMap<>();
		for (ResourceTable table : List.of(ResourceTable.USER, ResourceTable.GROUP)) {
			for (UUID id : lockExisting(sql, table, organisationId, memberIds)) {
				members.put(id, table.type());
			}
		}
		if (members.size() != memberIds.size()) {
			throw new InvalidMemberException("Members must be users or groups of the organisation");
		}
		return members;
	}

	private static List<UUID> lockExisting(DSLContext sql, ResourceTable table, UUID organisationId, Set<UUID> ids) {
		// locks are taken in id order, batch after batch, so that concurrent writers
		// cannot deadlock
		List<UUID> sorted = RowBatches.inDatabaseOrder(ids);
		List<UUID> locked = new ArrayList<>();
		RowBatches.write(sorted, (batch) -> locked.addAll(lockBatch(sql, table, organisationId, batch)));
		return locked;
	}

	private static List<UUID> lockBatch(DSLContext sql, ResourceTable table, UUID organisationId, List<UUID> ids) {
		SelectForUpdateStep<Record1<UUID>> select = sql.select(table.id())
			.from(table.table())
			.where(table.organisationId().eq(organisationId))
			.and(table.id().in(ids))
			.orderBy(table.id());
		return ResourceRows.forReference(sql, select).fetch(table.id());
	}

	private static Set<UUID> currentMembers(DSLContext sql, UUID organisationId, UUID groupId, Set<UUID> memberIds) {
		Set<UUID> current = new HashSet<>();
		RowBatches.write(List.copyOf(memberIds),
				(batch) -> current.addAll(sql.select(GROUP_MEMBER.memberId())
					.from(GROUP_MEMBER.table())
					.where(GROUP_MEMBER.organisationId().eq(organisationId))
					.and(GROUP_MEMBER.groupId().eq(groupId))
					.and(GROUP_MEMBER.memberId().in(batch))
					.fetch(GROUP_MEMBER.memberId())));
		return current;
	}

}
