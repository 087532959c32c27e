package energy.foundation.identity.organisation;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Stores which sign-in providers each organisation may use, and the Okta issuer, in the
 * {@code sign_in_provider} table. Every query names the organisation.
 */
@Repository
class SignInProviderRepository {

	static final Table<Record> SIGN_IN_PROVIDER = DSL.table(DSL.name("sign_in_provider"));

	static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	static final Field<String> PROVIDER = DSL.field(DSL.name("provider"), SQLDataType.VARCHAR);

	static final Field<Boolean> ENABLED = DSL.field(DSL.name("enabled"), SQLDataType.BOOLEAN);

	static final Field<String> ISSUER = DSL.field(DSL.name("issuer"), SQLDataType.VARCHAR);

	private final DSLContext dsl;

	SignInProviderRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Writes every provider's default for a new organisation.
	 */
	static void insertDefaults(DSLContext sql, UUID organisationId) {
		for (SignInProvider provider : SignInProvider.values()) {
			sql.insertInto(SIGN_IN_PROVIDER)
				.set(ORGANISATION_ID, organisationId)
				.set(PROVIDER, provider.code())
				.set(ENABLED, provider.enabledByDefault())
				.execute();
		}
	}

	/**
	 * The stored settings of an organisation; providers without a row take their default.
	 */
	SignInProviderSettings find(UUID organisationId) {
		Map<SignInProvider, Boolean> enabled = new EnumMap<>(SignInProvider.class);
		Map<SignInProvider, String> issuers = new EnumMap<>(SignInProvider.class);
		this.dsl.select(PROVIDER, ENABLED, ISSUER)
			.from(SIGN_IN_PROVIDER)
			.where(ORGANISATION_ID.eq(organisationId))
			.forEach((row) -> {
				SignInProvider provider = SignInProvider.ofCode(row.get(PROVIDER));
				enabled.put(provider, row.get(ENABLED));
				String issuer = row.get(ISSUER);
				if (issuer != null) {
					issuers.put(provider, issuer);
				}
			});
		return new SignInProviderSettings(enabled, issuers.get(SignInProvider.OKTA));
	}

	/**
	 * Sets one switch, inserting its row when the organisation has none for it yet. (An
	 * upsert would be one statement, but jOOQ's MERGE for H2 names the key columns
	 * ambiguously.)
	 */
	void save(UUID organisationId, SignInProvider provider, boolean enabled) {
		if (update(organisationId, provider, enabled)) {
			return;
		}
		try {
			this.dsl.insertInto(SIGN_IN_PROVIDER)
				.set(ORGANISATION_ID, organisationId)
				.set(PROVIDER, provider.code())
				.set(ENABLED, enabled)
				.execute();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent request inserted the row first
			update(organisationId, provider, enabled);
		}
	}

	/**
	 * Sets or clears the issuer of one provider, inserting its row (switched as by
	 * default) when the organisation has none for it yet.
	 */
	void saveIssuer(UUID organisationId, SignInProvider provider, @Nullable String issuer) {
		if (updateIssuer(organisationId, provider, issuer)) {
			return;
		}
		try {
			this.dsl.insertInto(SIGN_IN_PROVIDER)
				.set(ORGANISATION_ID, organisationId)
				.set(PROVIDER, provider.code())
				.set(ENABLED, provider.enabledByDefault())
				.set(ISSUER, issuer)
				.execute();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent request inserted the row first
			updateIssuer(organisationId, provider, issuer);
		}
	}

	private boolean update(UUID organisationId, SignInProvider provider, boolean enabled) {
		return this.dsl.update(SIGN_IN_PROVIDER)
			.set(ENABLED, enabled)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(PROVIDER.eq(provider.code()))
			.execute() > 0;
	}

	private boolean updateIssuer(UUID organisationId, SignInProvider provider, @Nullable String issuer) {
		return this.dsl.update(SIGN_IN_PROVIDER)
			.set(ISSUER, issuer)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(PROVIDER.eq(provider.code()))
			.execute() > 0;
	}

}
