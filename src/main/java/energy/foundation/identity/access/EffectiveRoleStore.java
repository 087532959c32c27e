package energy.foundation.identity.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.events.ChangeEvent;
import energy.foundation.identity.events.EventType;
import energy.foundation.identity.events.Outbox;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Keeps the materialised effective roles ({@code effective_role}) in step: computes the
 * effective roles of the users a change may have touched, writes the difference to what
 * is stored, and records a {@code role.granted} or {@code role.revoked} event for each
 * row it adds or removes, all in the transaction of the change. The caller holds the
 * organisation's {@link AccessLock} exclusively.
 */
@Component
final class EffectiveRoleStore {

	/** Most users computed in one round of queries. */
	static final int BATCH = 500;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Outbox outbox;

	EffectiveRoleStore(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Brings the stored effective roles of the given users up to date.
	 * @return how many roles were granted and revoked
	 */
	RoleChanges recompute(DSLContext sql, UUID organisationId, Collection<UUID> userIds) {
		List<UUID> users = userIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
		RoleChanges changes = RoleChanges.NONE;
		for (int start = 0; start < users.size(); start += BATCH) {
			changes = changes
				.plus(recomputeBatch(sql, organisationId, users.subList(start, Math.min(users.size(), start + BATCH))));
		}
		return changes;
	}

	/**
	 * The users that hold any of the roles matching the condition now.
	 */
	static Set<UUID> holders(DSLContext sql, UUID organisationId, Condition condition) {
		return Set.copyOf(sql.selectDistinct(Tables.EFFECTIVE_USER_ID)
			.from(Tables.EFFECTIVE)
			.where(Tables.EFFECTIVE_ORGANISATION_ID.eq(organisationId))
			.and(condition)
			.fetch(Tables.EFFECTIVE_USER_ID));
	}

	private RoleChanges recomputeBatch(DSLContext sql, UUID organisationId, List<UUID> users) {
		Map<Held, String> desired = new LinkedHashMap<>();
		for (RoleGrants.Grant grant : RoleGrants.of(sql, organisationId, users, DSL.noCondition(),
				RoleGrants.Assignments.STORED)) {
			desired.putIfAbsent(new Held(grant.userId(), grant.instanceId(), grant.roleId()), grant.roleName());
		}
		Map<Held, String> stored = new LinkedHashMap<>();
		sql.select(Tables.EFFECTIVE_USER_ID, Tables.EFFECTIVE_INSTANCE_ID, Tables.EFFECTIVE_ROLE_ID, Tables.ROLE_NAME)
			.from(Tables.EFFECTIVE)
			.join(Tables.ROLE)
			.on(Tables.ROLE_ID.eq(Tables.EFFECTIVE_ROLE_ID))
			.where(Tables.EFFECTIVE_ORGANISATION_ID.eq(organisationId))
			.and(Tables.EFFECTIVE_USER_ID.in(users))
			.forEach((row) -> stored.put(new Held(row.value1(), row.value2(), row.value3()), row.value4()));

		List<Held> revoked = stored.keySet().stream().filter((held) -> !desired.containsKey(held)).toList();
		List<Held> granted = desired.keySet().stream().filter((held) -> !stored.containsKey(held)).toList();
		delete(sql, organisationId, revoked);
		insert(sql, organisationId, granted);
		record(sql, organisationId, revoked, stored, granted, desired);
		return new RoleChanges(granted.size(), revoked.size());
	}

	private static void delete(DSLContext sql, UUID organisationId, List<Held> revoked) {
		if (revoked.isEmpty()) {
			return;
		}
		List<Row3<UUID, UUID, UUID>> rows = revoked.stream()
			.map((held) -> DSL.row(held.userId(), held.instanceId(), held.roleId()))
			.toList();
		sql.deleteFrom(Tables.EFFECTIVE)
			.where(Tables.EFFECTIVE_ORGANISATION_ID.eq(organisationId))
			.and(DSL.row(Tables.EFFECTIVE_USER_ID, Tables.EFFECTIVE_INSTANCE_ID, Tables.EFFECTIVE_ROLE_ID).in(rows))
			.execute();
	}

	private static void insert(DSLContext sql, UUID organisationId, List<Held> granted) {
		if (granted.isEmpty()) {
			return;
		}
		InsertValuesStep4<?, UUID, UUID, UUID, UUID> insert = sql.insertInto(Tables.EFFECTIVE,
				Tables.EFFECTIVE_ORGANISATION_ID, Tables.EFFECTIVE_USER_ID, Tables.EFFECTIVE_INSTANCE_ID,
				Tables.EFFECTIVE_ROLE_ID);
		for (Held held : granted) {
			insert = insert.values(organisationId, held.userId(), held.instanceId(), held.roleId());
		}
		insert.execute();
	}

	/**
	 * Records the events of one batch: user by user, the revoked roles before the granted
	 * ones.
	 */
	private void record(DSLContext sql, UUID organisationId, List<Held> revoked, Map<Held, String> storedNames,
			List<Held> granted, Map<Held, String> desiredNames) {
		if (revoked.isEmpty() && granted.isEmpty()) {
			return;
		}
		List<RoleEvent> events = new ArrayList<>(revoked.size() + granted.size());
		revoked.forEach((held) -> events
			.add(new RoleEvent(held, EventType.ROLE_REVOKED, Objects.requireNonNull(storedNames.get(held)))));
		granted.forEach((held) -> events
			.add(new RoleEvent(held, EventType.ROLE_GRANTED, Objects.requireNonNull(desiredNames.get(held)))));
		events.sort(Comparator.comparing((RoleEvent event) -> event.held().userId().toString())
			.thenComparing((event) -> event.type() == EventType.ROLE_GRANTED)
			.thenComparing((event) -> event.held().instanceId().toString())
			.thenComparing((event) -> event.held().roleId().toString()));
		this.outbox.record(sql, events.stream().map((event) -> event.toChangeEvent(organisationId)).toList());
	}

	/**
	 * A role a user holds in an instance: one row of {@code effective_role}.
	 */
	record Held(UUID userId, UUID instanceId, UUID roleId) {

	}

	private record RoleEvent(Held held, EventType type, String roleName) {

		ChangeEvent toChangeEvent(UUID organisationId) {
			ObjectNode data = JSON.objectNode();
			data.putObject("user").put("id", this.held.userId().toString());
			data.putObject("instance").put("id", this.held.instanceId().toString());
			ObjectNode role = data.putObject("role");
			role.put("id", this.held.roleId().toString());
			role.put("name", this.roleName);
			return new ChangeEvent(organisationId, this.held.instanceId(), this.type, this.held.userId(), null, data);
		}

	}

}
