package energy.foundation.identity.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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

	void insert(Organisation organisation) {
		this.dsl.insertInto(ORGANISATION)
			.set(ID, organisation.id())
			.set(NAME, organisation.name())
			.set(ENTRA_TENANT_ID, organisation.entraTenantId())
			.set(STATUS, organisation.status().code())
			.set(CREATED_AT, organisation.createdAt())
			.execute();
	}

	Optional<Organisation> findById(UUID id) {
		return this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.where(ID.eq(id))
			.fetchOptional(this::toOrganisation);
	}

	Optional<Organisation> findByEntraTenantId(UUID entraTenantId) {
		return this.dsl.select(ID, NAME, ENTRA_TENANT_ID, STATUS, CREATED_AT)
			.from(ORGANISATION)
			.where(ENTRA_TENANT_ID.eq(entraTenantId))
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
