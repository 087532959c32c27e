package energy.foundation.identity.credential;

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
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Stores operator tokens in the {@code operator_token} table.
 */
@Repository
class OperatorTokenRepository {

	static final Table<Record> OPERATOR_TOKEN = DSL.table(DSL.name("operator_token"));

	static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	static final Field<String> LABEL = DSL.field(DSL.name("label"), SQLDataType.VARCHAR);

	static final Field<String> TOKEN_PREFIX = DSL.field(DSL.name("token_prefix"), SQLDataType.VARCHAR);

	static final Field<String> TOKEN_HASH = DSL.field(DSL.name("token_hash"), SQLDataType.VARCHAR);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	static final Field<Instant> LAST_USED_AT = DSL.field(DSL.name("last_used_at"), SQLDataType.INSTANT);

	static final Field<Instant> REVOKED_AT = DSL.field(DSL.name("revoked_at"), SQLDataType.INSTANT);

	private final DSLContext dsl;

	OperatorTokenRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(UUID id, String label, String prefix, String tokenHash, Instant createdAt) {
		this.dsl.insertInto(OPERATOR_TOKEN)
			.set(ID, id)
			.set(LABEL, label)
			.set(TOKEN_PREFIX, prefix)
			.set(TOKEN_HASH, tokenHash)
			.set(CREATED_AT, createdAt)
			.execute();
	}

	/**
	 * The token with this hash, revoked or not. Finding the row by the keyed hash of the
	 * presented token is the whole comparison: see {@link SecretHasher} for why its
	 * timing reveals nothing useful.
	 */
	Optional<Stored> findByHash(String tokenHash) {
		return this.dsl.select(ID, LABEL, TOKEN_PREFIX, LAST_USED_AT, REVOKED_AT)
			.from(OPERATOR_TOKEN)
			.where(TOKEN_HASH.eq(tokenHash))
			.fetchOptional((record) -> new Stored(record.get(ID), record.get(LABEL), record.get(TOKEN_PREFIX),
					record.get(LAST_USED_AT), record.get(REVOKED_AT)));
	}

	boolean existsActive() {
		return this.dsl.fetchExists(OPERATOR_TOKEN, REVOKED_AT.isNull());
	}

	void recordUse(UUID id, Instant now, Instant notBefore) {
		this.dsl.update(OPERATOR_TOKEN)
			.set(LAST_USED_AT, now)
			.where(ID.eq(id))
			.and(LAST_USED_AT.isNull().or(LAST_USED_AT.lt(notBefore)))
			.execute();
	}

	/**
	 * Every token, newest first, revoked ones included.
	 */
	List<OperatorToken> findAll() {
		return this.dsl.select(ID, LABEL, TOKEN_PREFIX, CREATED_AT, LAST_USED_AT, REVOKED_AT)
			.from(OPERATOR_TOKEN)
			.orderBy(CREATED_AT.desc(), ID)
			.fetch((record) -> new OperatorToken(record.get(ID), record.get(LABEL), record.get(TOKEN_PREFIX),
					record.get(CREATED_AT), record.get(LAST_USED_AT), record.get(REVOKED_AT)));
	}

	/**
	 * Marks a token revoked unless it is already.
	 * @return whether the token exists
	 */
	boolean revoke(UUID id, Instant now) {
		this.dsl.update(OPERATOR_TOKEN).set(REVOKED_AT, now).where(ID.eq(id)).and(REVOKED_AT.isNull()).execute();
		return this.dsl.fetchExists(OPERATOR_TOKEN, ID.eq(id));
	}

	/**
	 * An operator token row without its hash.
	 */
	record Stored(UUID id, String label, String prefix, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		boolean active() {
			return this.revokedAt == null;
		}

	}

}
