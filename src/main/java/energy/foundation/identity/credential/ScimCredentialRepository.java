package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.organisation.OrganisationStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Stores SCIM credentials in the {@code scim_credential} table. Every query names the
 * organisation.
 */
@Repository
class ScimCredentialRepository {

	static final Table<Record> SCIM_CREDENTIAL = DSL.table(DSL.name("scim_credential"));

	static final Field<UUID> ID = DSL.field(DSL.name("scim_credential", "id"), SQLDataType.UUID);

	static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("scim_credential", "organisation_id"),
			SQLDataType.UUID);

	static final Field<String> LABEL = DSL.field(DSL.name("scim_credential", "label"), SQLDataType.VARCHAR);

	static final Field<String> SECRET_PREFIX = DSL.field(DSL.name("scim_credential", "secret_prefix"),
			SQLDataType.VARCHAR);

	static final Field<String> SECRET_HASH = DSL.field(DSL.name("scim_credential", "secret_hash"), SQLDataType.VARCHAR);

	static final Field<String> CREATED_BY = DSL.field(DSL.name("scim_credential", "created_by"), SQLDataType.VARCHAR);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name("scim_credential", "created_at"), SQLDataType.INSTANT);

	static final Field<Instant> LAST_USED_AT = DSL.field(DSL.name("scim_credential", "last_used_at"),
			SQLDataType.INSTANT);

	static final Field<Instant> EXPIRES_AT = DSL.field(DSL.name("scim_credential", "expires_at"), SQLDataType.INSTANT);

	static final Field<Instant> REVOKED_AT = DSL.field(DSL.name("scim_credential", "revoked_at"), SQLDataType.INSTANT);

	private static final Table<Record> ORGANISATION = DSL.table(DSL.name("organisation"));

	private static final Field<UUID> ORGANISATION_KEY = DSL.field(DSL.name("organisation", "id"), SQLDataType.UUID);

	private static final Field<String> ORGANISATION_STATUS = DSL.field(DSL.name("organisation", "status"),
			SQLDataType.VARCHAR);

	private final DSLContext dsl;

	ScimCredentialRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(ScimCredential credential, String secretHash) {
		this.dsl.insertInto(SCIM_CREDENTIAL)
			.set(ID, credential.id())
			.set(ORGANISATION_ID, credential.organisationId())
			.set(LABEL, credential.label())
			.set(SECRET_PREFIX, credential.prefix())
			.set(SECRET_HASH, secretHash)
			.set(CREATED_BY, credential.createdBy())
			.set(CREATED_AT, credential.createdAt())
			.set(EXPIRES_AT, credential.expiresAt())
			.execute();
	}

	/**
	 * The organisation's credentials, newest first.
	 */
	List<ScimCredential> findByOrganisation(UUID organisationId) {
		return this.dsl
			.select(ID, ORGANISATION_ID, LABEL, SECRET_PREFIX, CREATED_BY, CREATED_AT, LAST_USED_AT, EXPIRES_AT,
					REVOKED_AT)
			.from(SCIM_CREDENTIAL)
			.where(ORGANISATION_ID.eq(organisationId))
			.orderBy(CREATED_AT.desc(), ID.desc())
			.fetch(ScimCredentialRepository::toCredential);
	}

	Optional<ScimCredential> findById(UUID organisationId, UUID id) {
		return this.dsl
			.select(ID, ORGANISATION_ID, LABEL, SECRET_PREFIX, CREATED_BY, CREATED_AT, LAST_USED_AT, EXPIRES_AT,
					REVOKED_AT)
			.from(SCIM_CREDENTIAL)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(ID.eq(id))
			.fetchOptional(ScimCredentialRepository::toCredential);
	}

	/**
	 * The usable credential with this hash, whatever its organisation's status (which the
	 * answer carries). Finding the row by the keyed hash of the presented secret is the
	 * whole comparison: see {@link SecretHasher} for why its timing reveals nothing
	 * useful.
	 */
	Optional<Usable> findUsable(UUID organisationId, String secretHash, Instant now) {
		return this.dsl.select(ID, SECRET_PREFIX, LAST_USED_AT, ORGANISATION_STATUS)
			.from(SCIM_CREDENTIAL)
			.join(ORGANISATION)
			.on(ORGANISATION_KEY.eq(ORGANISATION_ID))
			.where(SECRET_HASH.eq(secretHash))
			.and(ORGANISATION_ID.eq(organisationId))
			.and(REVOKED_AT.isNull())
			.and(EXPIRES_AT.isNull().or(EXPIRES_AT.gt(now)))
			.fetchOptional((record) -> new Usable(record.get(ID), record.get(SECRET_PREFIX), record.get(LAST_USED_AT),
					OrganisationStatus.ofCode(record.get(ORGANISATION_STATUS))));
	}

	/**
	 * Records a use unless one was recorded since {@code notBefore}, so that concurrent
	 * requests write at most once.
	 */
	void recordUse(UUID organisationId, UUID id, Instant now, Instant notBefore) {
		this.dsl.update(SCIM_CREDENTIAL)
			.set(LAST_USED_AT, now)
			.where(ID.eq(id))
			.and(ORGANISATION_ID.eq(organisationId))
			.and(LAST_USED_AT.isNull().or(LAST_USED_AT.lt(notBefore)))
			.execute();
	}

	/**
	 * Revokes the credential if it is not revoked yet.
	 * @return whether the organisation has a credential with this id
	 */
	boolean revoke(UUID organisationId, UUID id, Instant now) {
		this.dsl.update(SCIM_CREDENTIAL)
			.set(REVOKED_AT, now)
			.where(ID.eq(id))
			.and(ORGANISATION_ID.eq(organisationId))
			.and(REVOKED_AT.isNull())
			.execute();
		return this.dsl.fetchExists(SCIM_CREDENTIAL, ID.eq(id).and(ORGANISATION_ID.eq(organisationId)));
	}

	private static ScimCredential toCredential(Record record) {
		return new ScimCredential(record.get(ID), record.get(ORGANISATION_ID), record.get(LABEL),
				record.get(SECRET_PREFIX), record.get(CREATED_BY), record.get(CREATED_AT), record.get(LAST_USED_AT),
				record.get(EXPIRES_AT), record.get(REVOKED_AT));
	}

	/**
	 * What authentication needs of a usable credential.
	 */
	record Usable(UUID id, String prefix, @Nullable Instant lastUsedAt, OrganisationStatus organisationStatus) {

	}

}
