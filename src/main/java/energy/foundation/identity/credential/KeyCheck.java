package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;

/**
 * Tells whether a node's key is the one the other nodes sharing the database use, without
 * storing the key: the first node stores an HMAC of a fixed text under its key in a
 * one-row table, and every node compares its own value with it at start-up.
 */
public final class KeyCheck {

	private static final Field<Integer> ID = DSL.field(DSL.unquotedName("id"), SQLDataType.INTEGER);

	private static final Field<String> VALUE = DSL.field(DSL.unquotedName("key_check"), SQLDataType.VARCHAR);

	private static final Field<Instant> CREATED_AT = DSL.field(DSL.unquotedName("created_at"), SQLDataType.INSTANT);

	private final Table<?> table;

	private final String text;

	/**
	 * A check kept in the given table.
	 * @param table the table ({@code id}, {@code key_check}, {@code created_at})
	 * @param text the fixed text, different for every key
	 */
	public KeyCheck(String table, String text) {
		this.table = DSL.table(DSL.unquotedName(table));
		this.text = text;
	}

	/**
	 * Whether the stored check value is this key's, storing it when none is stored yet.
	 */
	public boolean matches(DSLContext dsl, byte[] key) {
		return matches(dsl, key, () -> {
		});
	}

	/**
	 * Whether the stored check value is this key's. When none is stored yet, runs
	 * {@code beforeStoring} (which may throw to refuse) and stores this key's value,
	 * unless another node stored its own at the same moment; that one is compared then.
	 */
	public boolean matches(DSLContext dsl, byte[] key, Runnable beforeStoring) {
		String check = value(key);
		String stored = stored(dsl);
		if (stored == null) {
			beforeStoring.run();
			insertIfAbsent(dsl, check);
			stored = stored(dsl);
		}
		return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				check.getBytes(StandardCharsets.US_ASCII));
	}

	private @Nullable String stored(DSLContext dsl) {
		return dsl.select(VALUE).from(this.table).where(ID.eq(1)).fetchOne(VALUE);
	}

	private void insertIfAbsent(DSLContext dsl, String check) {
		try {
			dsl.insertInto(this.table).set(ID, 1).set(VALUE, check).set(CREATED_AT, Instant.now()).execute();
		}
		catch (DuplicateKeyException ex) {
			// another node started at the same moment: the caller reads its value back
		}
	}

	private String value(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(this.text.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
