package energy.foundation.identity.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The effective roles of users: the roles assigned to them directly plus those assigned
 * to every group they belong to, directly or through nested groups, in active instances,
 * while the user is active. Read from the current state of the directory and the
 * assignments, with the reasons. Every query names the organisation; users, groups, roles
 * and instances of another organisation are never seen.
 */
@Service
public final class EffectiveRoles {

	/**
	 * The largest page of {@link #holders} answered; a larger size is reduced to it.
	 */
	public static final int MAX_PAGE_SIZE = 200;

	private final DSLContext dsl;

	private final Instances instances;

	EffectiveRoles(DSLContext dsl, Instances instances) {
		this.dsl = dsl;
		this.instances = instances;
	}

	/**
	 * The current effective roles of a user in an instance, by name.
	 * @return the roles with why; empty when the user is disabled, deleted or unknown, or
	 * the instance is retired or not the organisation's
	 */
	public List<EffectiveRole> of(UUID organisationId, UUID instanceId, UUID userId) {
		return of(organisationId, instanceId, List.of(userId)).getOrDefault(userId, List.of());
	}

	/**
	 * The current effective roles of each given user in an instance, for a page of users.
	 * @return the roles of each user that holds any, by name; users without roles have no
	 * entry
	 */
	public Map<UUID, List<EffectiveRole>> of(UUID organisationId, UUID instanceId, Collection<UUID> userIds) {
		Map<UUID, List<EffectiveRole>> roles = new LinkedHashMap<>();
		List<UUID> users = userIds.stream().distinct().toList();
		for (int start = 0; start < users.size(); start += EffectiveRoleStore.BATCH) {
			List<UUID> batch = users.subList(start, Math.min(users.size(), start + EffectiveRoleStore.BATCH));
			roles.putAll(byUser(RoleGrants.of(this.dsl, organisationId, batch, Tables.ROLE_INSTANCE_ID.eq(instanceId),
					RoleGrants.Assignments.STORED)));
		}
		return roles;
	}

	/**
	 * The roles of a user in every active instance of the organisation, oldest instance
	 * first; instances where the user holds nothing are listed with no roles.
	 */
	public List<InstanceRoles> inEveryInstance(UUID organisationId, UUID userId) {
		Map<UUID, List<RoleGrants.Grant>> grants = new LinkedHashMap<>();
		RoleGrants.of(this.dsl, organisationId, List.of(userId), DSL.noCondition(), RoleGrants.Assignments.STORED)
			.forEach((grant) -> grants.computeIfAbsent(grant.instanceId(), (id) -> new ArrayList<>()).add(grant));
		List<InstanceRoles> roles = new ArrayList<>();
		for (Instance instance : this.instances.list(organisationId, false)) {
			List<RoleGrants.Grant> held = grants.getOrDefault(instance.id(), List.of());
			roles.add(new InstanceRoles(instance, byUser(held).getOrDefault(userId, List.of())));
		}
		return roles;
	}

	/**
	 * One page of the users who hold roles in an instance, by {@code userName} ignoring
	 * case, each with every role they hold there and why.
	 * @param roleId only users who hold this role, or {@code null} for any role
	 * @param afterCursor the {@link RoleHolderPage#nextCursor()} of the page before, or
	 * {@code null} for the first page
	 * @param size the page size, brought into 1 to {@value #MAX_PAGE_SIZE}
	 * @throws IllegalArgumentException when the cursor was not made by this service
	 */
	public RoleHolderPage holders(UUID organisationId, UUID instanceId, @Nullable UUID roleId,
			@Nullable String afterCursor, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		Condition held = Tables.EFFECTIVE_ORGANISATION_ID.eq(organisationId)
			.and(Tables.EFFECTIVE_INSTANCE_ID.eq(instanceId))
			.and((roleId != null) ? Tables.EFFECTIVE_ROLE_ID.eq(roleId) : DSL.noCondition());
		long total = this.dsl
			.fetchValue(DSL.select(DSL.countDistinct(Tables.EFFECTIVE_USER_ID)).from(Tables.EFFECTIVE).where(held));
		Condition after = DSL.noCondition();
		if (afterCursor != null) {
			Cursor cursor = Cursor.decode(afterCursor);
			after = DSL.row(Tables.USER_NAME_KEY, Tables.USER_ID).gt(DSL.val(cursor.nameKey()), DSL.val(cursor.id()));
		}

		List<Record> rows = new ArrayList<>(this.dsl
			.select(Tables.USER_ID, Tables.USER_NAME, Tables.USER_DISPLAY_NAME, Tables.USER_NAME_KEY)
			.from(Tables.USER)
			.where(Tables.USER_ORGANISATION_ID.eq(organisationId))
			.andExists(
					DSL.selectOne().from(Tables.EFFECTIVE).where(held).and(Tables.EFFECTIVE_USER_ID.eq(Tables.USER_ID)))
			.and(after)
			.orderBy(Tables.USER_NAME_KEY, Tables.USER_ID)
			.limit(pageSize + 1)
			.fetch());
		String next = null;
		if (rows.size() > pageSize) {
			rows = rows.subList(0, pageSize);
			Record last = rows.get(pageSize - 1);
			next = new Cursor(last.get(Tables.USER_NAME_KEY), last.get(Tables.USER_ID)).encode();
		}
		Map<UUID, List<EffectiveRole>> roles = of(organisationId, instanceId,
				rows.stream().map((row) -> row.get(Tables.USER_ID)).toList());
		List<RoleHolder> holders = rows.stream()
			.map((row) -> new RoleHolder(row.get(Tables.USER_ID), row.get(Tables.USER_NAME),
					row.get(Tables.USER_DISPLAY_NAME), roles.getOrDefault(row.get(Tables.USER_ID), List.of())))
			.toList();
		return new RoleHolderPage(holders, total, next);
	}

	/**
	 * Groups the grants by user and role: one effective role per role, its sources direct
	 * first, then by group name.
	 */
	private static Map<UUID, List<EffectiveRole>> byUser(List<RoleGrants.Grant> grants) {
		Map<UUID, Map<UUID, List<RoleGrants.Grant>>> byUserAndRole = new LinkedHashMap<>();
		for (RoleGrants.Grant grant : grants) {
			byUserAndRole.computeIfAbsent(grant.userId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(grant.roleId(), (id) -> new ArrayList<>())
				.add(grant);
		}
		Map<UUID, List<EffectiveRole>> roles = new LinkedHashMap<>();
		byUserAndRole.forEach((userId, byRole) -> roles.put(userId,
				byRole.values()
					.stream()
					.map(EffectiveRoles::effectiveRole)
					.sorted(Comparator.comparing((EffectiveRole role) -> role.name().toLowerCase(Locale.ROOT))
						.thenComparing((role) -> role.roleId().toString()))
					.toList()));
		return roles;
	}

	private static EffectiveRole effectiveRole(List<RoleGrants.Grant> grants) {
		RoleGrants.Grant first = grants.get(0);
		List<RoleSource> sources = grants.stream()
			.map((grant) -> (grant.groupId() != null) ? new RoleSource(grant.groupId(), grant.groupName())
					: RoleSource.DIRECT)
			.distinct()
			.sorted(Comparator.comparing((RoleSource source) -> !source.direct())
				.thenComparing((source) -> Objects.requireNonNullElse(source.groupName(), "").toLowerCase(Locale.ROOT))
				.thenComparing((source) -> String.valueOf(source.groupId())))
			.toList();
		return new EffectiveRole(first.roleId(), first.roleName(), sources);
	}

	/**
	 * Where a page of holders ends: the last user's lower-case {@code userName} and id.
	 */
	private record Cursor(String nameKey, UUID id) {

		String encode() {
			String text = this.nameKey + "\n" + this.id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int separator = text.lastIndexOf('\n');
			// no userName holds a control character, and PostgreSQL refuses
			// a NUL in a query
			if (separator < 0 || text.substring(0, separator).chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException("The cursor is not valid");
			}
			return new Cursor(text.substring(0, separator), UUID.fromString(text.substring(separator + 1)));
		}

	}

}
