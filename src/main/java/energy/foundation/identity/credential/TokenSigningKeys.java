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
 * every node's tokens. The oldest key signs; all keys verify and are published at the JWK
 * Set endpoint. The first node that needs a key generates it. Private keys are stored
 * encrypted (AES-256-GCM) under a key derived from the credential hash key, which every
 * node sharing the database has too.
 * <p>
 * As a {@link JWKSource} it answers with every key, reading the table again (at most
 * every few seconds) when asked for a key id it does not know, so that a key another node
 * generated at the same moment is found.
 */
@Component
final class TokenSigningKeys implements JWKSource<SecurityContext> {

	private static final Table<Record> TOKEN_SIGNING_KEY = DSL.table(DSL.name("token_signing_key"));

	private static final Field<String> KEY_ID = DSL.field(DSL.name("key_id"), SQLDataType.VARCHAR);

	private static final Field<String> ALGORITHM = DSL.field(DSL.name("algorithm"), SQLDataType.VARCHAR);

	private static final Field<String> PUBLIC_KEY = DSL.field(DSL.name("public_key"), SQLDataType.VARCHAR);

	private static final Field<String> PRIVATE_KEY = DSL.field(DSL.name("private_key"), SQLDataType.VARCHAR);

	private static final Field<Instant> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

	private static final String ENCRYPTION_PURPOSE = "token signing key encryption";

	private static final int RSA_BITS = 2048;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(TokenSigningKeys.class);

	private final DSLContext dsl;

	private final SecretKeySpec encryptionKey;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile @Nullable Loaded loaded;

	TokenSigningKeys(DSLContext dsl, SecretHasher hasher, Clock clock) {
		this.dsl = dsl;
		this.encryptionKey = new SecretKeySpec(hasher.derivedKey(ENCRYPTION_PURPOSE), "AES");
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) {
		Loaded current = current();
		List<JWK> selected = selector.select(current.keys());
		boolean askedForUnknownKey = selected.isEmpty() && !selector.getMatcher().getKeyIDs().isEmpty();
		if (askedForUnknownKey && current.loadedAt().plus(RELOAD_INTERVAL).isBefore(this.clock.instant())) {
			selected = selector.select(reload().keys());
		}
		return selected;
	}

	/**
	 * A source of the one key that signs: the oldest.
	 */
	JWKSource<SecurityContext> signing() {
		return (selector, context) -> selector.select(new JWKSet(current().signingKey()));
	}

	private Loaded current() {
		Loaded current = this.loaded;
		return (current != null) ? current : reload();
	}

	private synchronized Loaded reload() {
		List<RSAKey> keys = read();
		if (keys.isEmpty()) {
			insert(generate());
			keys = read();
		}
		Loaded reloaded = new Loaded(new JWKSet(List.copyOf(keys)), keys.get(0), this.clock.instant());
		this.loaded = reloaded;
		return reloaded;
	}

	private List<RSAKey> read() {
		return this.dsl.select(KEY_ID, PUBLIC_KEY, PRIVATE_KEY)
			.from(TOKEN_SIGNING_KEY)
			.where(ALGORITHM.eq(JWSAlgorithm.RS256.getName()))
			.orderBy(CREATED_AT, KEY_ID)
			.fetch(this::toKey);
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

	private RSAKey generate() {
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

	private void insert(RSAKey key) {
		try {
			this.dsl.insertInto(TOKEN_SIGNING_KEY)
				.set(KEY_ID, key.getKeyID())
				.set(ALGORITHM, JWSAlgorithm.RS256.getName())
				.set(PUBLIC_KEY, Base64.getEncoder().encodeToString(key.toRSAPublicKey().getEncoded()))
				.set(PRIVATE_KEY, encrypt(key.getKeyID(), key.toRSAPrivateKey().getEncoded()))
				.set(CREATED_AT, this.clock.instant().truncatedTo(ChronoUnit.MICROS))
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
	 * The keys as last read.
	 */
	private record Loaded(JWKSet keys, RSAKey signingKey, Instant loadedAt) {

		@Override
		public String toString() {
			return "Loaded[keys=" + this.keys.size() + ", signingKey=" + this.signingKey.getKeyID() + "]";
		}

	}

}
