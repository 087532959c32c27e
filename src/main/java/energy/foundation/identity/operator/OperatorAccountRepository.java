package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * Stores operator accounts in the {@code operator_account} table, and the fact that the
 * first one exists in {@code operator_setup}.
 */
@Repository
class OperatorAccountRepository {

	static final Table<Record> OPERATOR_ACCOUNT = DSL.table(DSL.name("operator_account"));

	static final Table<Record> OPERATOR_SETUP = DSL.table(DSL.name("operator_setup"));

	static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	static final Field<String> USERNAME = DSL.field(DSL.name("username"), SQLDataType.VARCHAR);

	static final Field<String> USERNAME_KEY = DSL.field(DSL.name("username_key"), SQLDataType.VARCHAR);

	static final Field<String> DISPLAY_NAME = DSL.field(DSL.name("display_name"), SQLDataType.VARCHAR);

	static final Field<String> PASSWORD_HASH = DSL.field(DSL.name("password_hash"), SQLDataType.VARCHAR);

	static final Field<Boolean> ENABLED = DSL.field(DSL.name("enabled"), SQLDataType.BOOLEAN);

	static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	static final Field<Instant> LAST_SIGNED_IN_AT = DSL.field(DSL.name("last_signed_in_at"), SQLDataType.INSTANT);

	static final Field<Integer> SETUP_ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER);

	static final Field<Instant> COMPLETED_AT = DSL.field(DSL.name("completed_at"), SQLDataType.INSTANT);

	private final DSLContext dsl;

	OperatorAccountRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Stores the first account and marks set-up as done, both or neither.
	 * @throws org.springframework.dao.DuplicateKeyException if set-up is done already
	 */
	void insertFirst(OperatorAccount account, String passwordHash) {
		this.dsl.transaction((transaction) -> {
			transaction.dsl()
				.insertInto(OPERATOR_SETUP)
				.set(SETUP_ID, 1)
				.set(COMPLETED_AT, account.createdAt())
				.execute();
			insert(transaction.dsl(), account, passwordHash);
		});
	}

	void insert(OperatorAccount account, String passwordHash) {
		insert(this.dsl, account, passwordHash);
	}

	boolean exists() {
		return this.dsl.fetchExists(OPERATOR_ACCOUNT) || this.dsl.fetchExists(OPERATOR_SETUP);
	}

	List<OperatorAccount> findAll() {
		return this.dsl.select(ID, USERNAME, DISPLAY_NAME, ENABLED, CREATED_AT, LAST_SIGNED_IN_AT)
			.from(OPERATOR_ACCOUNT)
			.orderBy(USERNAME_KEY)
			.fetch(OperatorAccountRepository::toAccount);
	}

	Optional<OperatorAccount> findById(UUID id) {
		return this.dsl.select(ID, USERNAME, DISPLAY_NAME, ENABLED, CREATED_AT, LAST_SIGNED_IN_AT)
			.from(OPERATOR_ACCOUNT)
			.where(ID.eq(id))
			.fetchOptional(OperatorAccountRepository::toAccount);
	}

	Optional<ConsoleOperator> findForSignIn(String username) {
		return this.dsl.select(ID, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ENABLED)
			.from(OPERATOR_ACCOUNT)
			.where(USERNAME_KEY.eq(key(username)))
			.fetchOptional((record) -> new ConsoleOperator(record.get(ID), record.get(USERNAME),
					record.get(DISPLAY_NAME), record.get(PASSWORD_HASH), record.get(ENABLED)));
	}

	Optional<String> findPasswordHash(UUID id) {
		return this.dsl.select(PASSWORD_HASH).from(OPERATOR_ACCOUNT).where(ID.eq(id)).fetchOptional(PASSWORD_HASH);
	}

	boolean updateEnabled(UUID id, boolean enabled) {
		return this.dsl.update(OPERATOR_ACCOUNT).set(ENABLED, enabled).where(ID.eq(id)).execute() == 1;
	}

	boolean updatePasswordHash(UUID id, String passwordHash) {
		return this.dsl.update(OPERATOR_ACCOUNT).set(PASSWORD_HASH, passwordHash).where(ID.eq(id)).execute() == 1;
	}

	void recordSignIn(UUID id, Instant now) {
		this.dsl.update(OPERATOR_ACCOUNT).set(LAST_SIGNED_IN_AT, now).where(ID.eq(id)).execute();
	}

	static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	private static void insert(DSLContext dsl, OperatorAccount account, String passwordHash) {
		dsl.insertInto(OPERATOR_ACCOUNT)
			.set(ID, account.id())
			.set(USERNAME, account.username())
			.set(USERNAME_KEY, key(account.username()))
			.set(DISPLAY_NAME, account.displayName())
			.set(PASSWORD_HASH, passwordHash)
			.set(ENABLED, account.enabled())
			.set(CREATED_AT, account.createdAt())
			.execute();
	}

	private static OperatorAccount toAccount(Record record) {
		return new OperatorAccount(record.get(ID), record.get(USERNAME), record.get(DISPLAY_NAME), record.get(ENABLED),
				record.get(CREATED_AT), record.get(LAST_SIGNED_IN_AT));
	}

}
