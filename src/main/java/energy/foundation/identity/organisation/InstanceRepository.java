package energy.foundation.identity.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

/**
 * Stores instances in the {@code instance} table. Every query names the organisation. The
 * unique constraint on {@code (organisation_id, active_name_key)} keeps active names
 * unique, also between concurrent writers; a retired instance's key is {@code null}.
 */
@Repository
class InstanceRepository {

	static final Table<Record> INSTANCE = DSL.table(DSL.name("instance"));

	static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);

	static final Field<String> ACTIVE_NAME_KEY = DSL.field(DSL.name("active_name_key"), SQLDataType.VARCHAR);

	static final Field<String> STATUS = DSL.field(DSL.name("status"), SQLDataType.VARCHAR);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	static final Field<Instant> RETIRED_AT = DSL.field(DSL.name("retired_at"), SQLDataType.INSTANT);

	/** How many instances one listing answers at most. */
	static final int MAX_LISTED = 1000;

	private final DSLContext dsl;

	InstanceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Runs the work in one transaction, handing it the transaction's context.
	 */
	<T> T inTransaction(Function<DSLContext, T> work) {
		return this.dsl.transactionResult((transaction) -> work.apply(transaction.dsl()));
	}

	void insert(DSLContext sql, Instance instance) {
		sql.insertInto(INSTANCE)
			.set(ID, instance.id())
			.set(ORGANISATION_ID, instance.organisationId())
			.set(NAME, instance.name())
			.set(ACTIVE_NAME_KEY, nameKey(instance.name()))
			.set(STATUS, instance.status().code())
			.set(CREATED_AT, instance.createdAt())
			.execute();
	}

	/**
	 * Renames an active instance.
	 * @return whether an active instance of the organisation had this id
	 */
	boolean rename(UUID organisationId, UUID id, String name) {
		return this.dsl.update(INSTANCE)
			.set(NAME, name)
			.set(ACTIVE_NAME_KEY, nameKey(name))
			.where(scope(organisationId, id))
			.and(STATUS.eq(InstanceStatus.ACTIVE.code()))
			.execute() > 0;
	}

	/**
	 * Retires an active instance and frees its name.
	 * @return whether an active instance of the organisation had this id
	 */
	boolean retire(DSLContext sql, UUID organisationId, UUID id, Instant now) {
		return sql.update(INSTANCE)
			.set(STATUS, InstanceStatus.RETIRED.code())
			.set(RETIRED_AT, now)
			.setNull(ACTIVE_NAME_KEY)
			.where(scope(organisationId, id))
			.and(STATUS.eq(InstanceStatus.ACTIVE.code()))
			.execute() > 0;
	}

	Optional<Instance> find(UUID organisationId, UUID id) {
		return find(this.dsl, organisationId, id);
	}

	Optional<Instance> find(DSLContext sql, UUID organisationId, UUID id) {
		return sql.select(ID, ORGANISATION_ID, NAME, STATUS, CREATED_AT, RETIRED_AT)
			.from(INSTANCE)
			.where(scope(organisationId, id))
			.fetchOptional(InstanceRepository::toInstance);
	}

	/**
	 * The organisation's instances, oldest first, at most {@value #MAX_LISTED}.
	 */
	List<Instance> list(UUID organisationId, boolean includeRetired) {
		Condition status = (includeRetired) ? DSL.noCondition() : STATUS.eq(InstanceStatus.ACTIVE.code());
		return this.dsl.select(ID, ORGANISATION_ID, NAME, STATUS, CREATED_AT, RETIRED_AT)
			.from(INSTANCE)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(status)
			.orderBy(CREATED_AT, ID)
			.limit(MAX_LISTED)
			.fetch(InstanceRepository::toInstance);
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static Condition scope(UUID organisationId, UUID id) {
		return ORGANISATION_ID.eq(organisationId).and(ID.eq(id));
	}

	private static Instance toInstance(Record row) {
		return new Instance(row.get(ID), row.get(ORGANISATION_ID), row.get(NAME),
				InstanceStatus.ofCode(row.get(STATUS)), row.get(CREATED_AT), row.get(RETIRED_AT));
	}

}
