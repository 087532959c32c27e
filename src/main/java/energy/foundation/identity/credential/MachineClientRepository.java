package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.organisation.InstanceStatus;
import energy.foundation.identity.organisation.OrganisationStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Stores machine clients in the {@code machine_client} table. Every query but the lookup
 * by {@code client_id} (which is how a client names itself at the token endpoint) names
 * the organisation and the instance.
 */
@Repository
class MachineClientRepository {

	private static final String TABLE = "machine_client";

	static final Table<Record> MACHINE_CLIENT = DSL.table(DSL.name(TABLE));

	static final Field<UUID> ID = DSL.field(DSL.name(TABLE, "id"), SQLDataType.UUID);

	static final Field<String> CLIENT_ID = DSL.field(DSL.name(TABLE, "client_id"), SQLDataType.VARCHAR);

	static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name(TABLE, "organisation_id"), SQLDataType.UUID);

	static final Field<UUID> INSTANCE_ID = DSL.field(DSL.name(TABLE, "instance_id"), SQLDataType.UUID);

	static final Field<String> LABEL = DSL.field(DSL.name(TABLE, "label"), SQLDataType.VARCHAR);

	static final Field<String> SECRET_PREFIX = DSL.field(DSL.name(TABLE, "secret_prefix"), SQLDataType.VARCHAR);

	static final Field<String> SECRET_HASH = DSL.field(DSL.name(TABLE, "secret_hash"), SQLDataType.VARCHAR);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name(TABLE, "created_at"), SQLDataType.INSTANT);

	static final Field<String> CREATED_BY = DSL.field(DSL.name(TABLE, "created_by"), SQLDataType.VARCHAR);

	static final Field<Instant> LAST_USED_AT = DSL.field(DSL.name(TABLE, "last_used_at"), SQLDataType.INSTANT);

	static final Field<Instant> REVOKED_AT = DSL.field(DSL.name(TABLE, "revoked_at"), SQLDataType.INSTANT);

	private static final Table<Record> INSTANCE = DSL.table(DSL.name("instance"));

	private static final Field<UUID> INSTANCE_KEY = DSL.field(DSL.name("instance", "id"), SQLDataType.UUID);

	private static final Field<String> INSTANCE_STATUS = DSL.field(DSL.name("instance", "status"), SQLDataType.VARCHAR);

	private static final Table<Record> ORGANISATION = DSL.table(DSL.name("organisation"));

	private static final Field<UUID> ORGANISATION_KEY = DSL.field(DSL.name("organisation", "id"), SQLDataType.UUID);

	private static final Field<String> ORGANISATION_STATUS = DSL.field(DSL.name("organisation", "status"),
			SQLDataType.VARCHAR);

	private final DSLContext dsl;

	MachineClientRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(MachineClient client, String secretHash) {
		this.dsl.insertInto(MACHINE_CLIENT)
			.set(ID, client.id())
			.set(CLIENT_ID, client.clientId())
			.set(ORGANISATION_ID, client.organisationId())
			.set(INSTANCE_ID, client.instanceId())
			.set(LABEL, client.label())
			.set(SECRET_PREFIX, client.secretPrefix())
			.set(SECRET_HASH, secretHash)
			.set(CREATED_AT, client.createdAt())
			.set(CREATED_BY, client.createdBy())
			.execute();
	}

	/**
	 * The instance's clients, newest first.
	 */
	List<MachineClient> findByInstance(UUID organisationId, UUID instanceId) {
		return this.dsl.select(columns())
			.from(MACHINE_CLIENT)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(INSTANCE_ID.eq(instanceId))
			.orderBy(CREATED_AT.desc(), ID.desc())
			.fetch(MachineClientRepository::toClient);
	}

	Optional<MachineClient> findById(UUID organisationId, UUID instanceId, UUID id) {
		return this.dsl.select(columns())
			.from(MACHINE_CLIENT)
			.where(scope(organisationId, instanceId, id))
			.fetchOptional(MachineClientRepository::toClient);
	}

	/**
	 * The unrevoked client with this {@code client_id} whose instance is active and whose
	 * organisation is active; every other client is as good as unknown to the token
	 * endpoint and the API.
	 */
	Optional<Usable> findUsable(String clientId) {
		return this.dsl.select(ID, CLIENT_ID, ORGANISATION_ID, INSTANCE_ID, LABEL, SECRET_HASH, LAST_USED_AT)
			.from(MACHINE_CLIENT)
			.join(INSTANCE)
			.on(INSTANCE_KEY.eq(INSTANCE_ID))
			.join(ORGANISATION)
			.on(ORGANISATION_KEY.eq(ORGANISATION_ID))
			.where(CLIENT_ID.eq(clientId))
			.and(REVOKED_AT.isNull())
			.and(INSTANCE_STATUS.eq(InstanceStatus.ACTIVE.code()))
			.and(ORGANISATION_STATUS.eq(OrganisationStatus.ACTIVE.code()))
			.fetchOptional((row) -> new Usable(row.get(ID), row.get(CLIENT_ID), row.get(ORGANISATION_ID),
					row.get(INSTANCE_ID), row.get(LABEL), row.get(SECRET_HASH), row.get(LAST_USED_AT)));
	}

	/**
	 * Records a use unless one was recorded since {@code notBefore}, so that concurrent
	 * token requests write at most once.
	 */
	void recordUse(UUID id, Instant now, Instant notBefore) {
		this.dsl.update(MACHINE_CLIENT)
			.set(LAST_USED_AT, now)
			.where(ID.eq(id))
			.and(LAST_USED_AT.isNull().or(LAST_USED_AT.lt(notBefore)))
			.execute();
	}

	/**
	 * Revokes the client if it is not revoked yet.
	 * @return whether the instance has a client with this id
	 */
	boolean revoke(UUID organisationId, UUID instanceId, UUID id, Instant now) {
		this.dsl.update(MACHINE_CLIENT)
			.set(REVOKED_AT, now)
			.where(scope(organisationId, instanceId, id))
			.and(REVOKED_AT.isNull())
			.execute();
		return this.dsl.fetchExists(MACHINE_CLIENT, scope(organisationId, instanceId, id));
	}

	private static Condition scope(UUID organisationId, UUID instanceId, UUID id) {
		return ORGANISATION_ID.eq(organisationId).and(INSTANCE_ID.eq(instanceId)).and(ID.eq(id));
	}

	private static List<Field<?>> columns() {
		return List.of(ID, CLIENT_ID, ORGANISATION_ID, INSTANCE_ID, LABEL, SECRET_PREFIX, CREATED_BY, CREATED_AT,
				LAST_USED_AT, REVOKED_AT);
	}

	private static MachineClient toClient(Record row) {
		return new MachineClient(row.get(ID), row.get(CLIENT_ID), row.get(ORGANISATION_ID), row.get(INSTANCE_ID),
				row.get(LABEL), row.get(SECRET_PREFIX), row.get(CREATED_BY), row.get(CREATED_AT), row.get(LAST_USED_AT),
				row.get(REVOKED_AT));
	}

	/**
	 * What the token endpoint and the API need of a usable client.
	 */
	record Usable(UUID id, String clientId, UUID organisationId, UUID instanceId, String label, String secretHash,
			@Nullable Instant lastUsedAt) {

		@Override
		public String toString() {
			return "Usable[id=" + this.id + ", clientId=" + this.clientId + "]";
		}

	}

}
