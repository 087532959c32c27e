package energy.foundation.identity.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Computes effective roles from the directory and the assignments: the groups each user
 * belongs to directly or through nested groups, and the assignments to those groups and
 * to the user. Only active users, active roles and active instances count. Every query
 * names the organisation.
 * <p>
 * Nested groups are walked level by level, one query per level of nesting, and each group
 * is visited once, so that a cycle of groups ends the walk. (A recursive query would save
 * the round trips, but H2 does not end a recursive {@code UNION} on a cycle: it runs out
 * of memory.)
 */
final class RoleGrants {

	/** Most ids bound into one statement. */
	private static final int BATCH = 500;

	private RoleGrants() {
	}

	/**
	 * Every reason each given user holds a role that meets the condition.
	 * @param roleCondition a condition on the roles table, such as the instance
	 */
	static List<Grant> of(DSLContext sql, UUID organisationId, Collection<UUID> userIds, Condition roleCondition,
			Assignments assignments) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		Set<UUID> users = activeUsers(sql, organisationId, userIds);
		Map<UUID, Set<UUID>> directGroups = parents(sql, organisationId, users, Tables.MEMBER_USER);
		Map<UUID, Set<UUID>> parentGroups = new HashMap<>();
		Set<UUID> groups = walkUp(sql, organisationId, union(directGroups.values()), parentGroups);

		List<AssignedRole> assigned = assigned(sql, organisationId, users, groups, roleCondition, assignments);
		Map<UUID, String> groupNames = groupNames(sql, organisationId, assigned);
		List<Grant> grants = new ArrayList<>();
		for (UUID user : users) {
			Set<UUID> above = closure(directGroups.getOrDefault(user, Set.of()), parentGroups);
			for (AssignedRole role : assigned) {
				boolean direct = role.subject().type() == SubjectType.USER && role.subject().id().equals(user);
				boolean viaGroup = role.subject().type() == SubjectType.GROUP && above.contains(role.subject().id());
				if (direct || viaGroup) {
					UUID groupId = direct ? null : role.subject().id();
					grants.add(new Grant(user, role.instanceId(), role.roleId(), role.roleName(), groupId,
							(groupId != null) ? groupNames.get(groupId) : null));
				}
			}
		}
		return grants;
	}

	/**
	 * The users that are members of the given groups directly or through nested groups,
	 * however deep; a cycle of groups ends the walk.
	 */
	static Set<UUID> usersBelow(DSLContext sql, UUID organisationId, Collection<UUID> groupIds) {
		Set<UUID> users = new HashSet<>();
		Set<UUID> visited = new HashSet<>(groupIds);
		List<UUID> level = List.copyOf(visited);
		while (!level.isEmpty()) {
			List<UUID> next = new ArrayList<>();
			batches(level,
					(batch) -> sql.select(Tables.MEMBER_MEMBER_ID, Tables.MEMBER_MEMBER_TYPE)
						.from(Tables.MEMBER)
						.where(Tables.MEMBER_ORGANISATION_ID.eq(organisationId))
						.and(Tables.MEMBER_GROUP_ID.in(batch))
						.forEach((row) -> {
							if (Tables.MEMBER_USER.equals(row.value2())) {
								users.add(row.value1());
							}
							else if (visited.add(row.value1())) {
								next.add(row.value1());
							}
						}));
			level = next;
		}
		return users;
	}

	/**
	 * Whether an active role of an active instance is assigned to the group or to a group
	 * it belongs to, directly or through nested groups: only then does a change of its
	 * members change effective roles.
	 */
	static boolean assignedAtOrAbove(DSLContext sql, UUID organisationId, UUID groupId) {
		Set<UUID> groups = walkUp(sql, organisationId, Set.of(groupId), new HashMap<>());
		List<UUID> all = List.copyOf(groups);
		for (int start = 0; start < all.size(); start += BATCH) {
			List<UUID> batch = all.subList(start, Math.min(all.size(), start + BATCH));
			if (anyActive(sql, organisationId, subjects(SubjectType.GROUP, batch))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the organisation has any assignment that counts: of an active role of an
	 * active instance. Those of retired roles and instances stay for the record only.
	 */
	static boolean anyAssignment(DSLContext sql, UUID organisationId) {
		return anyActive(sql, organisationId, DSL.noCondition());
	}

	private static boolean anyActive(DSLContext sql, UUID organisationId, Condition assignments) {
		return sql.fetchExists(DSL.selectOne()
			.from(Tables.ASSIGNMENT)
			.join(Tables.ROLE)
			.on(Tables.ROLE_ID.eq(Tables.ASSIGNMENT_ROLE_ID))
			.join(Tables.INSTANCE)
			.on(Tables.INSTANCE_ID.eq(Tables.ASSIGNMENT_INSTANCE_ID))
			.where(Tables.ASSIGNMENT_ORGANISATION_ID.eq(organisationId))
			.and(assignments)
			.and(Tables.ROLE_STATUS.eq(Tables.ACTIVE))
			.and(Tables.INSTANCE_STATUS.eq(Tables.ACTIVE)));
	}

	private static Set<UUID> activeUsers(DSLContext sql, UUID organisationId, Collection<UUID> userIds) {
		Set<UUID> active = new LinkedHashSet<>();
		batches(List.copyOf(new LinkedHashSet<>(userIds)),
				(batch) -> active.addAll(sql.select(Tables.USER_ID)
					.from(Tables.USER)
					.where(Tables.USER_ORGANISATION_ID.eq(organisationId))
					.and(Tables.USER_ID.in(batch))
					.and(Tables.USER_ACTIVE.isTrue())
					.fetch(Tables.USER_ID)));
		return active;
	}

	/**
	 * The groups each given member (of the given member type) directly belongs to.
	 */
	private static Map<UUID, Set<UUID>> parents(DSLContext sql, UUID organisationId, Collection<UUID> memberIds,
			String memberType) {
		Map<UUID, Set<UUID>> parents = new HashMap<>();
		batches(List.copyOf(memberIds), (batch) -> sql.select(Tables.MEMBER_MEMBER_ID, Tables.MEMBER_GROUP_ID)
			.from(Tables.MEMBER)
			.where(Tables.MEMBER_ORGANISATION_ID.eq(organisationId))
			.and(Tables.MEMBER_MEMBER_TYPE.eq(memberType))
			.and(Tables.MEMBER_MEMBER_ID.in(batch))
			.forEach((row) -> parents.computeIfAbsent(row.value1(), (id) -> new HashSet<>()).add(row.value2())));
		return parents;
	}

	/**
	 * The given groups and every group they belong to, directly or through nested groups.
	 * @param parentGroups told the groups each visited group directly belongs to
	 */
	private static Set<UUID> walkUp(DSLContext sql, UUID organisationId, Set<UUID> groups,
			Map<UUID, Set<UUID>> parentGroups) {
		Set<UUID> visited = new HashSet<>(groups);
		List<UUID> level = List.copyOf(groups);
		while (!level.isEmpty()) {
			Map<UUID, Set<UUID>> parents = parents(sql, organisationId, level, Tables.MEMBER_GROUP);
			parentGroups.putAll(parents);
			List<UUID> next = new ArrayList<>();
			for (UUID parent : union(parents.values())) {
				if (visited.add(parent)) {
					next.add(parent);
				}
			}
			level = next;
		}
		return visited;
	}

	private static Set<UUID> closure(Set<UUID> start, Map<UUID, Set<UUID>> parentGroups) {
		Set<UUID> reached = new HashSet<>(start);
		Deque<UUID> open = new ArrayDeque<>(start);
		while (!open.isEmpty()) {
			for (UUID parent : parentGroups.getOrDefault(open.pop(), Set.of())) {
				if (reached.add(parent)) {
					open.push(parent);
				}
			}
		}
		return reached;
	}

	/**
	 * The assignments of active roles of active instances (that meet the condition) to
	 * the given users and groups, changed as the preview asks.
	 */
	private static List<AssignedRole> assigned(DSLContext sql, UUID organisationId, Set<UUID> users, Set<UUID> groups,
			Condition roleCondition, Assignments assignments) {
		List<AssignedRole> assigned = new ArrayList<>();
		Consumer<Condition> load = (subjects) -> sql
			.select(Tables.ASSIGNMENT_ROLE_ID, Tables.ROLE_NAME, Tables.ROLE_INSTANCE_ID,
					Tables.ASSIGNMENT_SUBJECT_TYPE, Tables.ASSIGNMENT_SUBJECT_ID)
			.from(Tables.ASSIGNMENT)
			.join(Tables.ROLE)
			.on(Tables.ROLE_ID.eq(Tables.ASSIGNMENT_ROLE_ID))
			.join(Tables.INSTANCE)
			.on(Tables.INSTANCE_ID.eq(Tables.ROLE_INSTANCE_ID))
			.where(Tables.ASSIGNMENT_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ROLE_STATUS.eq(Tables.ACTIVE))
			.and(Tables.INSTANCE_STATUS.eq(Tables.ACTIVE))
			.and(roleCondition)
			.and(subjects)
			.forEach((row) -> assigned.add(new AssignedRole(row.value1(), row.value2(), row.value3(),
					new Subject(SubjectType.ofCode(row.value4()), row.value5()))));
		batches(List.copyOf(users), (batch) -> load.accept(subjects(SubjectType.USER, batch)));
		batches(List.copyOf(groups), (batch) -> load.accept(subjects(SubjectType.GROUP, batch)));
		return change(sql, organisationId, assigned, users, groups, roleCondition, assignments);
	}

	private static List<AssignedRole> change(DSLContext sql, UUID organisationId, List<AssignedRole> assigned,
			Set<UUID> users, Set<UUID> groups, Condition roleCondition, Assignments assignments) {
		UUID roleId = assignments.roleId();
		Subject subject = assignments.subject();
		if (roleId == null || subject == null) {
			return assigned;
		}
		List<AssignedRole> changed = new ArrayList<>(assigned);
		changed.removeIf((role) -> role.roleId().equals(roleId) && role.subject().equals(subject));
		boolean covered = (subject.type() == SubjectType.USER) ? users.contains(subject.id())
				: groups.contains(subject.id());
		if (assignments.added() && covered) {
			Record role = sql.select(Tables.ROLE_NAME, Tables.ROLE_INSTANCE_ID)
				.from(Tables.ROLE)
				.join(Tables.INSTANCE)
				.on(Tables.INSTANCE_ID.eq(Tables.ROLE_INSTANCE_ID))
				.where(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
				.and(Tables.ROLE_ID.eq(roleId))
				.and(Tables.ROLE_STATUS.eq(Tables.ACTIVE))
				.and(Tables.INSTANCE_STATUS.eq(Tables.ACTIVE))
				.and(roleCondition)
				.fetchOne();
			if (role != null) {
				changed.add(new AssignedRole(roleId, role.get(Tables.ROLE_NAME), role.get(Tables.ROLE_INSTANCE_ID),
						subject));
			}
		}
		return changed;
	}

	private static Condition subjects(SubjectType type, List<UUID> ids) {
		return Tables.ASSIGNMENT_SUBJECT_TYPE.eq(type.code()).and(Tables.ASSIGNMENT_SUBJECT_ID.in(ids));
	}

	private static Map<UUID, String> groupNames(DSLContext sql, UUID organisationId, List<AssignedRole> assigned) {
		List<UUID> ids = assigned.stream()
			.map(AssignedRole::subject)
			.filter((subject) -> subject.type() == SubjectType.GROUP)
			.map(Subject::id)
			.distinct()
			.toList();
		Map<UUID, String> names = new HashMap<>();
		batches(ids,
				(batch) -> sql.select(Tables.GROUP_ID, Tables.GROUP_NAME)
					.from(Tables.GROUP)
					.where(Tables.GROUP_ORGANISATION_ID.eq(organisationId))
					.and(Tables.GROUP_ID.in(batch))
					.forEach((row) -> names.put(row.value1(), row.value2())));
		return names;
	}

	private static Set<UUID> union(Collection<Set<UUID>> sets) {
		Set<UUID> union = new HashSet<>();
		sets.forEach(union::addAll);
		return union;
	}

	private static void batches(List<UUID> ids, Consumer<List<UUID>> query) {
		for (int start = 0; start < ids.size(); start += BATCH) {
			query.accept(ids.subList(start, Math.min(ids.size(), start + BATCH)));
		}
	}

	/**
	 * One reason a user holds a role in an instance.
	 *
	 * @param userId the user
	 * @param instanceId the role's instance
	 * @param roleId the role
	 * @param roleName the role's name
	 * @param groupId the group the role is assigned to, or {@code null} when assigned to
	 * the user
	 * @param groupName that group's {@code displayName}
	 */
	record Grant(UUID userId, UUID instanceId, UUID roleId, String roleName, @Nullable UUID groupId,
			@Nullable String groupName) {

	}

	/**
	 * The assignments to compute with: the stored ones, or the stored ones with one taken
	 * away or one added, to preview a change without making it.
	 *
	 * @param roleId the role of the changed assignment, or {@code null} for the stored
	 * assignments as they are
	 * @param subject the subject of the changed assignment
	 * @param added whether the assignment is added (else taken away)
	 */
	record Assignments(@Nullable UUID roleId, @Nullable Subject subject, boolean added) {

		static final Assignments STORED = new Assignments(null, null, false);

		static Assignments with(UUID roleId, Subject subject) {
			return new Assignments(roleId, subject, true);
		}

		static Assignments without(UUID roleId, Subject subject) {
			return new Assignments(roleId, subject, false);
		}

	}

	/**
	 * An active role assigned to a subject.
	 */
	private record AssignedRole(UUID roleId, String roleName, UUID instanceId, Subject subject) {

	}

}
