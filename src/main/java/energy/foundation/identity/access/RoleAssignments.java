package energy.foundation.identity.access;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Assigns roles to users and to groups and takes them away, each in one transaction that
 * holds the organisation's {@link AccessLock} and brings the effective roles of every
 * user concerned up to date (with their role events); and previews such a change without
 * making it. Every operation names the organisation; roles, users and groups of another
 * organisation are reported as unknown.
 */
@Service
public final class RoleAssignments {

	/**
	 * How many assignments of one instance {@link #list} answers at most.
	 */
	public static final int MAX_LISTED = 1000;

	/**
	 * How many example users a preview names at most.
	 */
	public static final int PREVIEW_EXAMPLES = 10;

	/**
	 * The longest name of who assigned a role that is kept; a longer one is cut.
	 */
	public static final int MAX_CREATED_BY_LENGTH = 256;

	private static final Logger logger = LoggerFactory.getLogger(RoleAssignments.class);

	private final DSLContext dsl;

	private final Instances instances;

	private final EffectiveRoleStore store;

	private final Clock clock;

	RoleAssignments(DSLContext dsl, Instances instances, EffectiveRoleStore store, ObjectProvider<Clock> clock) {
		this.dsl = dsl;
		this.instances = instances;
		this.store = store;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Assigns an active role to a user or group of the organisation. Assigning it again
	 * changes nothing.
	 * @param createdBy who assigns it, for people to read; cut to
	 * {@value #MAX_CREATED_BY_LENGTH} characters
	 * @throws UnknownRoleException if the organisation has no such role
	 * @throws AccessChangeRefusedException if the role or its instance is retired
	 * @throws UnknownSubjectException if the organisation has no such user or group
	 */
	public AssignmentResult assign(UUID organisationId, UUID roleId, Subject subject, @Nullable String createdBy) {
		AssignmentResult result = this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			AccessLock.lock(sql, organisationId);
			Role role = assignable(sql, organisationId, roleId);
			requireSubject(sql, organisationId, subject);
			if (exists(sql, roleId, subject)) {
				return new AssignmentResult(false, RoleChanges.NONE);
			}

			sql.insertInto(Tables.ASSIGNMENT)
				.set(Tables.ASSIGNMENT_ORGANISATION_ID, organisationId)
				.set(Tables.ASSIGNMENT_INSTANCE_ID, role.instanceId())
				.set(Tables.ASSIGNMENT_ROLE_ID, roleId)
				.set(Tables.ASSIGNMENT_SUBJECT_TYPE, subject.type().code())
				.set(Tables.ASSIGNMENT_SUBJECT_ID, subject.id())
				.set(Tables.ASSIGNMENT_CREATED_AT, this.clock.instant().truncatedTo(ChronoUnit.MICROS))
				.set(Tables.ASSIGNMENT_CREATED_BY, cut(createdBy, MAX_CREATED_BY_LENGTH))
				.execute();
			return new AssignmentResult(true,
					this.store.recompute(sql, organisationId, covered(sql, organisationId, subject)));
		});
		if (result.changed()) {
			logger.info("Assigned role {} to {} {}", roleId, subject.type().code(), subject.id());
		}
		return result;
	}

	/**
	 * Takes a role's assignment to a user or group away. Taking away an assignment that
	 * does not exist changes nothing.
	 * @throws UnknownRoleException if the organisation has no such role
	 */
	public AssignmentResult unassign(UUID organisationId, UUID roleId, Subject subject) {
		AssignmentResult result = this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			AccessLock.lock(sql, organisationId);
			if (Roles.find(sql, organisationId, roleId).isEmpty()) {
				throw new UnknownRoleException();
			}
			int deleted = sql.deleteFrom(Tables.ASSIGNMENT)
				.where(Tables.ASSIGNMENT_ORGANISATION_ID.eq(organisationId))
				.and(assignment(roleId, subject))
				.execute();
			if (deleted == 0) {
				return new AssignmentResult(false, RoleChanges.NONE);
			}
			return new AssignmentResult(true,
					this.store.recompute(sql, organisationId, covered(sql, organisationId, subject)));
		});
		if (result.changed()) {
			logger.info("Took role {} from {} {}", roleId, subject.type().code(), subject.id());
		}
		return result;
	}

	/**
	 * The assignments of the active roles of an instance, by role name, then subject name
	 * (ignoring case); at most {@value #MAX_LISTED}.
	 * @return the assignments; empty when the organisation has no such instance
	 */
	public List<Assignment> list(UUID organisationId, UUID instanceId) {
		Field<String> subjectName = DSL
			.coalesce(
					DSL.field(DSL.select(Tables.USER_NAME)
						.from(Tables.USER)
						.where(Tables.USER_ORGANISATION_ID.eq(organisationId))
						.and(Tables.USER_ID.eq(Tables.ASSIGNMENT_SUBJECT_ID))
						.and(Tables.ASSIGNMENT_SUBJECT_TYPE.eq(SubjectType.USER.code()))),
					DSL.field(DSL.select(Tables.GROUP_NAME)
						.from(Tables.GROUP)
						.where(Tables.GROUP_ORGANISATION_ID.eq(organisationId))
						.and(Tables.GROUP_ID.eq(Tables.ASSIGNMENT_SUBJECT_ID))
						.and(Tables.ASSIGNMENT_SUBJECT_TYPE.eq(SubjectType.GROUP.code()))),
					DSL.val(""))
			.as("subject_name");
		List<Assignment> assignments = this.dsl
			.select(Tables.ASSIGNMENT_ROLE_ID, Tables.ROLE_NAME, Tables.ASSIGNMENT_SUBJECT_TYPE,
					Tables.ASSIGNMENT_SUBJECT_ID, subjectName, Tables.ASSIGNMENT_CREATED_AT,
					Tables.ASSIGNMENT_CREATED_BY)
			.from(Tables.ASSIGNMENT)
			.join(Tables.ROLE)
			.on(Tables.ROLE_ID.eq(Tables.ASSIGNMENT_ROLE_ID))
			.where(Tables.ASSIGNMENT_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ASSIGNMENT_INSTANCE_ID.eq(instanceId))
			.and(Tables.ROLE_STATUS.eq(RoleStatus.ACTIVE.code()))
			.orderBy(DSL.lower(Tables.ROLE_NAME), Tables.ROLE_ID, Tables.ASSIGNMENT_SUBJECT_ID)
			.limit(MAX_LISTED)
			.fetch((row) -> new Assignment(row.value1(), row.value2(),
					new Subject(SubjectType.ofCode(row.value3()), row.value4()), row.value5(), row.value6(),
					row.value7()));
		return assignments.stream()
			.sorted(Comparator.comparing((Assignment assignment) -> assignment.roleName().toLowerCase(Locale.ROOT))
				.thenComparing((assignment) -> assignment.roleId().toString())
				.thenComparing((assignment) -> assignment.subjectName().toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * What assigning the role to the subject (or taking the assignment away) would
	 * change: how many users would gain or lose the role. Nothing is stored.
	 * @throws UnknownRoleException if the organisation has no such role
	 * @throws AccessChangeRefusedException if the role or its instance is retired
	 * @throws UnknownSubjectException if the organisation has no such user or group
	 */
	public AssignmentPreview preview(UUID organisationId, UUID roleId, Subject subject, boolean assign) {
		Role role = assignable(this.dsl, organisationId, roleId);
		requireSubject(this.dsl, organisationId, subject);
		boolean exists = exists(this.dsl, roleId, subject);
		RoleGrants.Assignments changed = assign ? RoleGrants.Assignments.with(roleId, subject)
				: RoleGrants.Assignments.without(roleId, subject);

		List<UUID> covered = new ArrayList<>(covered(this.dsl, organisationId, subject));
		int active = 0;
		Set<UUID> gaining = new HashSet<>();
		Set<UUID> losing = new HashSet<>();
		for (int start = 0; start < covered.size(); start += EffectiveRoleStore.BATCH) {
			List<UUID> batch = covered.subList(start, Math.min(covered.size(), start + EffectiveRoleStore.BATCH));
			active += this.dsl.fetchCount(Tables.USER,
					Tables.USER_ORGANISATION_ID.eq(organisationId)
						.and(Tables.USER_ID.in(batch))
						.and(Tables.USER_ACTIVE.isTrue()));
			Set<UUID> before = EffectiveRoleStore.holders(this.dsl, organisationId,
					Tables.EFFECTIVE_ROLE_ID.eq(roleId).and(Tables.EFFECTIVE_USER_ID.in(batch)));
			Set<UUID> after = new HashSet<>();
			RoleGrants.of(this.dsl, organisationId, batch, Tables.ROLE_ID.eq(roleId), changed)
				.forEach((grant) -> after.add(grant.userId()));
			after.stream().filter((user) -> !before.contains(user)).forEach(gaining::add);
			before.stream().filter((user) -> !after.contains(user)).forEach(losing::add);
		}
		return new AssignmentPreview(role, subject, assign, assign == exists, active, gaining.size(), losing.size(),
				examples(organisationId, gaining.isEmpty() ? losing : gaining));
	}

	private List<String> examples(UUID organisationId, Collection<UUID> users) {
		if (users.isEmpty()) {
			return List.of();
		}
		List<UUID> some = users.stream().limit(EffectiveRoleStore.BATCH).toList();
		return this.dsl.select(Tables.USER_NAME)
			.from(Tables.USER)
			.where(Tables.USER_ORGANISATION_ID.eq(organisationId))
			.and(Tables.USER_ID.in(some))
			.orderBy(Tables.USER_NAME_KEY)
			.limit(PREVIEW_EXAMPLES)
			.fetch(Tables.USER_NAME);
	}

	/**
	 * The users an assignment to the subject concerns: the user, or every user below the
	 * group.
	 */
	private static Set<UUID> covered(DSLContext sql, UUID organisationId, Subject subject) {
		return (subject.type() == SubjectType.USER) ? Set.of(subject.id())
				: RoleGrants.usersBelow(sql, organisationId, Set.of(subject.id()));
	}

	private Role assignable(DSLContext sql, UUID organisationId, UUID roleId) {
		Role role = Roles.find(sql, organisationId, roleId).orElseThrow(UnknownRoleException::new);
		if (role.retired()) {
			throw new AccessChangeRefusedException("The role is retired and can no longer be assigned");
		}
		boolean instanceActive = this.instances.find(organisationId, role.instanceId())
			.filter((instance) -> !instance.retired())
			.map(Instance::id)
			.isPresent();
		if (!instanceActive) {
			throw new AccessChangeRefusedException("The instance is retired: its roles can no longer be assigned");
		}
		return role;
	}

	/**
	 * The text cut to at most the given number of UTF-16 units, never between the two
	 * halves of a surrogate pair.
	 */
	static @Nullable String cut(@Nullable String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static void requireSubject(DSLContext sql, UUID organisationId, Subject subject) {
		boolean found = (subject.type() == SubjectType.USER)
				? sql.fetchExists(Tables.USER,
						Tables.USER_ORGANISATION_ID.eq(organisationId).and(Tables.USER_ID.eq(subject.id())))
				: sql.fetchExists(Tables.GROUP,
						Tables.GROUP_ORGANISATION_ID.eq(organisationId).and(Tables.GROUP_ID.eq(subject.id())));
		if (!found) {
			throw new UnknownSubjectException(subject.type());
		}
	}

	private static boolean exists(DSLContext sql, UUID roleId, Subject subject) {
		return sql.fetchExists(Tables.ASSIGNMENT, assignment(roleId, subject));
	}

	private static Condition assignment(UUID roleId, Subject subject) {
		return Tables.ASSIGNMENT_ROLE_ID.eq(roleId)
			.and(Tables.ASSIGNMENT_SUBJECT_TYPE.eq(subject.type().code()))
			.and(Tables.ASSIGNMENT_SUBJECT_ID.eq(subject.id()));
	}

}
