package energy.foundation.identity.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.UnknownInstanceException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The roles of each instance: a default set made with the instance, and those the tenant
 * administrator adds, renames and retires. Every operation names the organisation; a role
 * or instance of another organisation is reported as unknown. Active roles of one
 * instance have names that differ ignoring case; the database enforces it, so two
 * concurrent requests cannot both take a name.
 */
@Service
public final class Roles {

	/**
	 * The longest role name.
	 */
	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * The longest role description.
	 */
	public static final int MAX_DESCRIPTION_LENGTH = 500;

	/**
	 * The roles every new instance starts with, as name and description.
	 */
	public static final List<List<String>> DEFAULTS = List.of(
			List.of("Reader", "Can see the instance's content but change nothing."),
			List.of("Contributor", "Can see and change the instance's content."),
			List.of("Administrator", "Can change the instance's content and its settings."));

	/** How many roles of one instance a listing answers at most. */
	static final int MAX_LISTED = 1000;

	private static final String INSTANCE_RETIRED = "The instance is retired: its roles can no longer change";

	private static final Logger logger = LoggerFactory.getLogger(Roles.class);

	private final DSLContext dsl;

	private final Instances instances;

	private final EffectiveRoleStore store;

	private final Clock clock;

	Roles(DSLContext dsl, Instances instances, EffectiveRoleStore store, ObjectProvider<Clock> clock) {
		this.dsl = dsl;
		this.instances = instances;
		this.store = store;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The roles of the organisation's instance, active ones by name (ignoring case), then
	 * retired ones when asked for; at most {@value #MAX_LISTED}.
	 * @return the roles; empty when the organisation has no such instance
	 */
	public List<Role> list(UUID organisationId, UUID instanceId, boolean includeRetired) {
		Condition status = includeRetired ? DSL.noCondition() : Tables.ROLE_STATUS.eq(RoleStatus.ACTIVE.code());
		return this.dsl
			.select(Tables.ROLE_ID, Tables.ROLE_ORGANISATION_ID, Tables.ROLE_INSTANCE_ID, Tables.ROLE_NAME,
					Tables.ROLE_DESCRIPTION, Tables.ROLE_STATUS, Tables.ROLE_CREATED_AT, Tables.ROLE_RETIRED_AT)
			.from(Tables.ROLE)
			.where(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ROLE_INSTANCE_ID.eq(instanceId))
			.and(status)
			.orderBy(Tables.ROLE_STATUS, DSL.lower(Tables.ROLE_NAME), Tables.ROLE_ID)
			.limit(MAX_LISTED)
			.fetch(Roles::toRole);
	}

	/**
	 * The organisation's role with this id; never another organisation's.
	 */
	public Optional<Role> find(UUID organisationId, UUID roleId) {
		return find(this.dsl, organisationId, roleId);
	}

	/**
	 * Adds an active role to an active instance.
	 * @param name 1 to 100 characters after stripping surrounding blanks, no control
	 * characters
	 * @param description at most 500 characters, no control characters; may be blank
	 * @throws UnknownInstanceException if the organisation has no such instance
	 * @throws AccessChangeRefusedException if the instance is retired
	 * @throws InvalidRoleException if the name or description is malformed
	 * @throws DuplicateRoleNameException if an active role of the instance has the name
	 */
	public Role create(UUID organisationId, UUID instanceId, String name, String description) {
		String checkedName = checkName(name);
		String checkedDescription = checkDescription(description);
		Instance instance = this.instances.find(organisationId, instanceId)
			.orElseThrow(() -> new UnknownInstanceException(instanceId));
		if (instance.retired()) {
			throw new AccessChangeRefusedException(INSTANCE_RETIRED);
		}

		Role role = new Role(UUID.randomUUID(), organisationId, instanceId, checkedName, checkedDescription,
				RoleStatus.ACTIVE, now(), null);
		try {
			insert(this.dsl, role);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateRoleNameException(ex);
		}
		logger.info("Created role {} of instance {}", role.id(), instanceId);
		return role;
	}

	/**
	 * Renames an active role of an active instance and changes its description. Holders
	 * keep it: they hold it by its id.
	 * @throws UnknownRoleException if the organisation has no such role
	 * @throws AccessChangeRefusedException if the role or its instance is retired
	 * @throws InvalidRoleException if the name or description is malformed
	 * @throws DuplicateRoleNameException if another active role of the instance has the
	 * name
	 */
	public Role update(UUID organisationId, UUID roleId, String name, String description) {
		String checkedName = checkName(name);
		String checkedDescription = checkDescription(description);
		int updated;
		try {
			updated = this.dsl.update(Tables.ROLE)
				.set(Tables.ROLE_NAME, checkedName)
				.set(Tables.ROLE_ACTIVE_NAME_KEY, nameKey(checkedName))
				.set(Tables.ROLE_DESCRIPTION, checkedDescription)
				.where(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
				.and(Tables.ROLE_ID.eq(roleId))
				.and(Tables.ROLE_STATUS.eq(RoleStatus.ACTIVE.code()))
				.andExists(DSL.selectOne()
					.from(Tables.INSTANCE)
					.where(Tables.INSTANCE_ID.eq(Tables.ROLE_INSTANCE_ID))
					.and(Tables.INSTANCE_STATUS.eq(Tables.ACTIVE)))
				.execute();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateRoleNameException(ex);
		}

		Role role = find(organisationId, roleId).orElseThrow(UnknownRoleException::new);
		if (updated == 0) {
			throw new AccessChangeRefusedException(
					role.retired() ? "The role is retired and can no longer be changed" : INSTANCE_RETIRED);
		}
		logger.info("Updated role {}", roleId);
		return role;
	}

	/**
	 * Retires a role: its holders lose it (with a {@code role.revoked} event each) and
	 * its name is free for a new role. Its assignments stay, for the record, without
	 * effect. Retiring a retired role changes nothing.
	 * @return the role and how many users lost it
	 * @throws UnknownRoleException if the organisation has no such role
	 */
	public RoleRetirement retire(UUID organisationId, UUID roleId) {
		RoleRetirement retirement = this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			AccessLock.lock(sql, organisationId);
			int retired = sql.update(Tables.ROLE)
				.set(Tables.ROLE_STATUS, RoleStatus.RETIRED.code())
				.setNull(Tables.ROLE_ACTIVE_NAME_KEY)
				.set(Tables.ROLE_RETIRED_AT, now())
				.where(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
				.and(Tables.ROLE_ID.eq(roleId))
				.and(Tables.ROLE_STATUS.eq(RoleStatus.ACTIVE.code()))
				.execute();
			RoleChanges changes = (retired > 0)
					? this.store.recompute(sql, organisationId,
							EffectiveRoleStore.holders(sql, organisationId, Tables.EFFECTIVE_ROLE_ID.eq(roleId)))
					: RoleChanges.NONE;
			Role role = find(sql, organisationId, roleId).orElseThrow(UnknownRoleException::new);
			return new RoleRetirement(role, changes);
		});
		logger.info("Retired role {}", roleId);
		return retirement;
	}

	/**
	 * Gives a new instance the default roles, in the transaction that creates it.
	 */
	void insertDefaults(DSLContext sql, Instance instance) {
		Instant now = now();
		for (List<String> role : DEFAULTS) {
			insert(sql, new Role(UUID.randomUUID(), instance.organisationId(), instance.id(), role.get(0), role.get(1),
					RoleStatus.ACTIVE, now, null));
		}
	}

	static Optional<Role> find(DSLContext sql, UUID organisationId, UUID roleId) {
		return sql
			.select(Tables.ROLE_ID, Tables.ROLE_ORGANISATION_ID, Tables.ROLE_INSTANCE_ID, Tables.ROLE_NAME,
					Tables.ROLE_DESCRIPTION, Tables.ROLE_STATUS, Tables.ROLE_CREATED_AT, Tables.ROLE_RETIRED_AT)
			.from(Tables.ROLE)
			.where(Tables.ROLE_ORGANISATION_ID.eq(organisationId))
			.and(Tables.ROLE_ID.eq(roleId))
			.fetchOptional(Roles::toRole);
	}

	private static void insert(DSLContext sql, Role role) {
		sql.insertInto(Tables.ROLE)
			.set(Tables.ROLE_ID, role.id())
			.set(Tables.ROLE_ORGANISATION_ID, role.organisationId())
			.set(Tables.ROLE_INSTANCE_ID, role.instanceId())
			.set(Tables.ROLE_NAME, role.name())
			.set(Tables.ROLE_DESCRIPTION, role.description())
			.set(Tables.ROLE_ACTIVE_NAME_KEY, nameKey(role.name()))
			.set(Tables.ROLE_STATUS, role.status().code())
			.set(Tables.ROLE_CREATED_AT, role.createdAt())
			.execute();
	}

	private static Role toRole(Record row) {
		return new Role(row.get(Tables.ROLE_ID), row.get(Tables.ROLE_ORGANISATION_ID), row.get(Tables.ROLE_INSTANCE_ID),
				row.get(Tables.ROLE_NAME), row.get(Tables.ROLE_DESCRIPTION),
				RoleStatus.ofCode(row.get(Tables.ROLE_STATUS)), row.get(Tables.ROLE_CREATED_AT),
				row.get(Tables.ROLE_RETIRED_AT));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	static String checkName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidRoleException("The name must not be blank");
		}
		if (stripped.length() > MAX_NAME_LENGTH) {
			throw new InvalidRoleException("The name must be at most " + MAX_NAME_LENGTH + " characters long");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRoleException("The name must not contain control characters");
		}
		return stripped;
	}

	static String checkDescription(String description) {
		String stripped = description.strip();
		if (stripped.length() > MAX_DESCRIPTION_LENGTH) {
			throw new InvalidRoleException(
					"The description must be at most " + MAX_DESCRIPTION_LENGTH + " characters long");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRoleException("The description must not contain control characters");
		}
		return stripped;
	}

	/**
	 * A retired role and what retiring it changed.
	 *
	 * @param role the role, now retired
	 * @param changes how many users lost it (none when it was retired already)
	 */
	public record RoleRetirement(Role role, RoleChanges changes) {

	}

}
