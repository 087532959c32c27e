package energy.foundation.identity.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
 * Stores organisations in the {@code organisation} table.
 */
@Repository
class OrganisationRepository {

	static final Table<Record> ORGANISATION = DSL.table(DSL.name("organisation"));

	static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);

	static final Field<UUID> ENTRA_TENANT_ID = DSL.field(DSL.name("entra_tenant_id"), SQLDataType.UUID);

	static final Field<String> STATUS = DSL.field(DSL.name("status"), SQLDataType.VARCHAR);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	private final DSLContext dsl;

	OrganisationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Inserts an organisation with the default sign-in providers, in one transaction.
	 * @param alsoInTransaction what else to do in the transaction, after the insert
	 */
	void insert(Organisation organisation, Consumer<DSLContext> alsoInTransaction) {
		this.dsl.transaction((transaction) -> {
			DSLContext sql = transaction.dsl();
			sql.insertInto(ORGANISATION)
				.set(ID, organisation.id())
				.set(NAME, organisation.name())
				.set(ENTRA_TENANT_ID, organisation.entraTenantId())
				.set(STATUS, organisation.status().code())
				.set(CREATED_AT, organisation.createdAt())
				.execute();
			SignInProviderRepository.insertDefaults(sql, organisation.id());
			alsoInTransaction.accept(sql);
		});
	}

	/**
	 * Sets the status unless the organisation has it already.
	 * @return whether a row changed
	 */
	boolean updateStatus(UUID id, OrganisationStatus status) {
		return this.dsl.update(ORGANISATION)
			.set(STATUS, status.code())
			.where(ID.eq(id))
			.and(DSL.lower(STATUS).ne(status.code()))
			.execute() > 0;
	}

	Optional<Organisation> findByEntraTenantId(UUID entraTenantId) {
		return this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.where(ENTRA_TENANT_ID.eq(entraTenantId))
			.fetchOptional(this::toOrganisation);
	}

	/**
	 * A page of the organisations whose name contains the text ignoring case (all when
	 * {@code null}), by name.
	 */
	OrganisationPage page(@Nullable String nameContains, int offset, int limit) {
		Condition condition = (nameContains != null)
				? DSL.lower(NAME).like("%" + DSL.escape(nameContains.toLowerCase(Locale.ROOT), '!') + "%", '!')
				: DSL.noCondition();
		long total = this.dsl.fetchCount(ORGANISATION, condition);
		List<Organisation> organisations = this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.where(condition)
			.orderBy(DSL.lower(NAME), ID)
			.offset(offset)
			.limit(limit)
			.fetch(this::toOrganisation);
		return new OrganisationPage(organisations, total);
	}

	Optional<Organisation> findById(UUID id) {
		return this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.where(ID.eq(id))
			.fetchOptional(this::toOrganisation);
	}

	boolean existsByEntraTenantId(UUID entraTenantId) {
		return this.dsl.fetchExists(ORGANISATION, ENTRA_TENANT_ID.eq(entraTenantId));
	}

	List<Organisation> findAll() {
		return this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.orderBy(CREATED_AT, ID)
			.fetch(this::toOrganisation);
	}

	private Organisation toOrganisation(Record record) {
		return new Organisation(record.get(ID), record.get(NAME), record.get(ENTRA_TENANT_ID),
				OrganisationStatus.ofCode(record.get(STATUS)), record.get(CREATED_AT));
	}

}
