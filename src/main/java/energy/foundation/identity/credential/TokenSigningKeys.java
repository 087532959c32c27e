package energy.foundation.identity.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The RSA keys that directory API access tokens are signed with, kept in the
 * {@code token_signing_key} table so that every node signs with the same key and verifies
 * every node's tokens. The newest key that is not retired signs; a rotation makes a new
 * key and retires the others. Every key verifies, and is published at the JWK Set
 * endpoint, until {@link #RETIREMENT_MARGIN} after the access tokens it signed before it
 * was retired have expired. The first node that needs a key generates it. Private keys
 * are stored encrypted (AES-256-GCM) under a key derived from the credential hash key,
 * which every node sharing the database has too.
 * <p>
 * A node reads the table again when it needs the keys and last read them more than
 * {@link #REFRESH_INTERVAL} ago, so it signs with a key another node made by rotating
 * within that time; and, at most every few seconds, when it is asked for a key id it does
 * not know, so that it verifies at once the tokens another node signs with a new key.
 */
@Component
final class TokenSigningKeys implements JWKSource<SecurityContext> {

	/**
	 * How long a node goes on using the keys it read.
	 */
	static final Duration REFRESH_INTERVAL = Duration.ofSeconds(30);

	/**
	 * How long a retired key verifies after the tokens it signed have expired: longer
	 * than {@link #REFRESH_INTERVAL}, during which another node may still sign with it,
	 * with room for clocks that differ a little.
	 */
	static final Duration RETIREMENT_MARGIN = Duration.ofMinutes(1);

	private static final Table<Record> TOKEN_SIGNING_KEY = DSL.table(DSL.name("token_signing_key"));

	private static final Field<String> KEY_ID = DSL.field(DSL.name("key_id"), SQLDataType.VARCHAR);

	private static final Field<String> ALGORITHM = DSL.field(DSL.name("algorithm"), SQLDataType.VARCHAR);

	private static final Field<String> PUBLIC_KEY = DSL.field(DSL.name("public_key"), SQLDataType.VARCHAR);

	private static final Field<String> PRIVATE_KEY = DSL.field(DSL.name("private_key"), SQLDataType.VARCHAR);

	private static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	private static final Field<Instant> RETIRED_AT = DSL.field(DSL.name("retired_at"), SQLDataType.INSTANT);

	private static final String ENCRYPTION_PURPOSE = "token signing key encryption";

	private static final int RSA_BITS = 2048;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/**
	 * How old the keys may be when a token names a key id they lack, or the whole set is
	 * asked for: short, because right after another node rotated, tokens of the new key
	 * are refused until then; not zero, so that tokens with made-up key ids cost at most
	 * one small read a second.
	 */
	private static final Duration UNKNOWN_KEY_RELOAD_INTERVAL = Duration.ofSeconds(1);

	private static final int ROTATION_ATTEMPTS = 5;

	private static final Logger logger = LoggerFactory.getLogger(TokenSigningKeys.class);

	private final DSLContext dsl;

	private final SecretKeySpec encryptionKey;

	private final Clock clock;

	private final Duration retiredKeyLifetime;

	private final SecureRandom random = new SecureRandom();

	private volatile @Nullable Loaded loaded;

	TokenSigningKeys(DSLContext dsl, SecretHasher hasher, Clock clock, DirectoryApiProperties properties) {
		this.dsl = dsl;
		this.encryptionKey = new SecretKeySpec(hasher.derivedKey(ENCRYPTION_PURPOSE), "AES");
		this.clock = clock;
		this.retiredKeyLifetime = properties.accessTokenTimeToLive().plus(RETIREMENT_MARGIN);
	}

	@Override
	public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) {
		Set<String> keyIds = selector.getMatcher().getKeyIDs();
		boolean wholeSet = keyIds == null || keyIds.isEmpty();
		// the whole set (the JWK Set endpoint) is read as often as an unknown key is, so
		// that a client told to fetch it again for an unknown kid finds it
		Duration age = wholeSet ? UNKNOWN_KEY_RELOAD_INTERVAL : REFRESH_INTERVAL;
		List<JWK> selected = selector.select(loadedWithin(age).verifying(this.clock.instant()));
		boolean askedForUnknownKey = selected.isEmpty() && !wholeSet;
		if (askedForUnknownKey) {
			selected = selector.select(loadedWithin(UNKNOWN_KEY_RELOAD_INTERVAL).verifying(this.clock.instant()));
		}
		return selected;
	}

	/**
	 * A source of the one key that signs: the newest that is not retired.
	 */
	JWKSource<SecurityContext> signing() {
		return (selector, context) -> selector.select(new JWKSet(loadedWithin(REFRESH_INTERVAL).signingKey()));
	}

	/**
	 * Makes a new signing key and retires every other. When another node rotated at the
	 * same moment, the rotation runs again on what that node committed, so that exactly
	 * one key signs afterwards.
	 */
	RotatedSigningKeys rotate() {
		loadedWithin(REFRESH_INTERVAL);
		return rotate(generate());
	}

	/**
	 * Rotates to a key that was generated already.
	 */
	RotatedSigningKeys rotate(RSAKey key) {
		for (int attempt = 1;; attempt++) {
			try {
				RotatedSigningKeys rotated = this.dsl
					.transactionResult((transaction) -> rotate(transaction.dsl(), key));
				reload();
				logger.info("Rotated token signing keys: {} signs, {} retired", key.getKeyID(),
						rotated.retiredKeys().size());
				return rotated;
			}
			catch (ConcurrentRotationException ex) {
				if (attempt >= ROTATION_ATTEMPTS) {
					throw new IllegalStateException("Token signing keys are being rotated by other nodes", ex);
				}
				logger.debug("Rotating token signing keys again after another node rotated them");
			}
		}
	}

	/**
	 * The keys that sign or still verify, as operators see them: the signing key first.
	 */
	List<TokenSigningKey> list() {
		// the first node to need a key makes it, and showing it is a need
		loadedWithin(REFRESH_INTERVAL);
		return this.dsl.select(KEY_ID, CREATED_AT, RETIRED_AT)
			.from(TOKEN_SIGNING_KEY)
			.where(ALGORITHM.eq(JWSAlgorithm.RS256.getName()))
			.and(stillVerifying(this.clock.instant()))
			.orderBy(RETIRED_AT.desc().nullsFirst(), CREATED_AT.desc(), KEY_ID.desc())
			.fetch((row) -> describe(row.get(KEY_ID), row.get(CREATED_AT), row.get(RETIRED_AT)));
	}

	/**
	 * Deletes the retired keys that no longer verify at the given time.
	 * @return how many were deleted
	 */
	int deleteExpired(Instant now) {
		return this.dsl.deleteFrom(TOKEN_SIGNING_KEY)
			.where(RETIRED_AT.le(now.minus(this.retiredKeyLifetime)))
			.execute();
	}

	/**
	 * Rotates to a key in a transaction of the caller's.
	 * @throws ConcurrentRotationException when another node retired a key meanwhile
	 */
	RotatedSigningKeys rotate(DSLContext sql, RSAKey key) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<String, Instant> signing = sql.select(KEY_ID, CREATED_AT)
			.from(TOKEN_SIGNING_KEY)
			.where(RETIRED_AT.isNull())
			.fetchMap(KEY_ID, CREATED_AT);

		// a key another node retired meanwhile is left alone: that node made a newer one
		int retired = sql.update(TOKEN_SIGNING_KEY)
			.set(RETIRED_AT, now)
			.where(KEY_ID.in(signing.keySet()))
			.and(RETIRED_AT.isNull())
			.execute();
		if (retired < signing.size()) {
			throw new ConcurrentRotationException();
		}
		insert(sql, key, now);

		List<TokenSigningKey> retiredKeys = signing.entrySet()
			.stream()
			.map((entry) -> describe(entry.getKey(), entry.getValue(), now))
			.toList();
		return new RotatedSigningKeys(describe(key.getKeyID(), now, null), retiredKeys);
	}

	private TokenSigningKey describe(String keyId, Instant createdAt, @Nullable Instant retiredAt) {
		return new TokenSigningKey(keyId, createdAt, retiredAt, verifiesUntil(retiredAt));
	}

	private Condition stillVerifying(Instant now) {
		return RETIRED_AT.isNull().or(RETIRED_AT.gt(now.minus(this.retiredKeyLifetime)));
	}

	private Loaded loadedWithin(Duration maxAge) {
		Loaded current = this.loaded;
		return (current != null && loadedWithin(current, maxAge)) ? current : reloadUnlessWithin(maxAge);
	}

	private synchronized Loaded reloadUnlessWithin(Duration maxAge) {
		Loaded current = this.loaded;
		return (current != null && loadedWithin(current, maxAge)) ? current : reload();
	}

	private boolean loadedWithin(Loaded current, Duration maxAge) {
		return !current.loadedAt().plus(maxAge).isBefore(this.clock.instant());
	}

	private synchronized Loaded reload() {
		List<StoredKey> keys = read();
		if (keys.isEmpty() || !keys.get(0).signing()) {
			insert(this.dsl, generate(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			keys = read();
		}
		Loaded reloaded = new Loaded(List.copyOf(keys), this.clock.instant());
		this.loaded = reloaded;
		return reloaded;
	}

	// the signing key first, then the retired keys, most recently retired first
	private List<StoredKey> read() {
		return this.dsl.select(KEY_ID, PUBLIC_KEY, PRIVATE_KEY, RETIRED_AT)
			.from(TOKEN_SIGNING_KEY)
			.where(ALGORITHM.eq(JWSAlgorithm.RS256.getName()))
			.and(stillVerifying(this.clock.instant()))
			.orderBy(RETIRED_AT.desc().nullsFirst(), CREATED_AT.desc(), KEY_ID.desc())
			.fetch((row) -> new StoredKey(toKey(row), verifiesUntil(row.get(RETIRED_AT))));
	}

	private @Nullable Instant verifiesUntil(@Nullable Instant retiredAt) {
		return (retiredAt != null) ? retiredAt.plus(this.retiredKeyLifetime) : null;
	}

	private RSAKey toKey(Record row) {
		String keyId = row.get(KEY_ID);
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPublicKey publicKey = (RSAPublicKey) factory
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(row.get(PUBLIC_KEY))));
			RSAPrivateKey privateKey = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(decrypt(keyId, row.get(PRIVATE_KEY))));
			return rsaKey(keyId, publicKey, privateKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Token signing key " + keyId
					+ " cannot be read; is foundation.credentials.hash-key the one it was stored with?", ex);
		}
	}

	RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(RSA_BITS, this.random);
			KeyPair pair = generator.generateKeyPair();
			return rsaKey(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
					(RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA keys cannot be generated", ex);
		}
	}

	private void insert(DSLContext sql, RSAKey key, Instant createdAt) {
		try {
			sql.insertInto(TOKEN_SIGNING_KEY)
				.set(KEY_ID, key.getKeyID())
				.set(ALGORITHM, JWSAlgorithm.RS256.getName())
				.set(PUBLIC_KEY, Base64.getEncoder().encodeToString(key.toRSAPublicKey().getEncoded()))
				.set(PRIVATE_KEY, encrypt(key.getKeyID(), key.toRSAPrivateKey().getEncoded()))
				.set(CREATED_AT, createdAt)
				.execute();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The generated key cannot be encoded", ex);
		}
		logger.info("Generated token signing key {}", key.getKeyID());
	}

	private String encrypt(String keyId, byte[] plain) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, iv);
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	private byte[] decrypt(String keyId, String stored) throws GeneralSecurityException {
		byte[] bytes = Base64.getDecoder().decode(stored);
		byte[] iv = new byte[IV_BYTES];
		System.arraycopy(bytes, 0, iv, 0, IV_BYTES);
		return cipher(Cipher.DECRYPT_MODE, keyId, iv).doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
	}

	private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
		// the key id is authenticated with the key: a row's key cannot be moved to
		// another
		cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static RSAKey rsaKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		return new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyID(keyId)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

	/**
	 * A key as last read, with when it stops verifying if it is retired.
	 */
	private record StoredKey(RSAKey key, @Nullable Instant verifiesUntil) {

		boolean signing() {
			return this.verifiesUntil == null;
		}

		boolean verifiesAt(Instant now) {
			return this.verifiesUntil == null || now.isBefore(this.verifiesUntil);
		}

		@Override
		public String toString() {
			return "StoredKey[keyId=" + this.key.getKeyID() + ", verifiesUntil=" + this.verifiesUntil + "]";
		}

	}

	/**
	 * The keys as last read: the signing key first.
	 */
	private record Loaded(List<StoredKey> keys, Instant loadedAt) {

		RSAKey signingKey() {
			return this.keys.get(0).key();
		}

		JWKSet verifying(Instant now) {
			return new JWKSet(
					this.keys.stream().filter((key) -> key.verifiesAt(now)).<JWK>map(StoredKey::key).toList());
		}

		@Override
		public String toString() {
			return "Loaded[keys=" + this.keys.size() + ", signingKey=" + signingKey().getKeyID() + "]";
		}

	}

	/**
	 * Another node retired a key that this rotation was about to retire.
	 */
	static final class ConcurrentRotationException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ConcurrentRotationException() {
			super("Another node rotated the token signing keys at the same moment", null, false, false);
		}

	}

}
