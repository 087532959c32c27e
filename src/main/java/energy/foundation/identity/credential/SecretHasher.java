package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.DSLContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes and checks secrets. A secret is a recognisable prefix followed by 256 random
 * bits; it is stored only as its HMAC-SHA256 under the server's hash key, so a copy of
 * the database does not let anyone authenticate.
 * <p>
 * A presented secret is checked by looking its keyed hash up in the database; that
 * equality lookup is the comparison. Its timing can tell at most how much of a stored
 * hash an attacker's guess matches, and without the key no one can choose a secret whose
 * hash matches more, so no separate constant-time comparison is needed.
 * <p>
 * Every node that shares the database needs the same key. At start-up a node compares an
 * HMAC of a fixed text under its key with the one the first node stored
 * ({@code credential_hash_key_check}) and refuses to start when they differ, rather than
 * answer 401 to every credential another node issued.
 */
@Component
class SecretHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private static final int SECRET_BYTES = 32;

	private static final KeyCheck KEY_CHECK = new KeyCheck("credential_hash_key_check",
			"foundation-identity credential hash key check v1");

	private static final String DIFFERENT_KEY = "This node's credential hash key differs from the one the other "
			+ "nodes sharing the database use, so it would reject every SCIM secret and operator token they issued. "
			+ "Give every node the same key in foundation.credentials.hash-key (FOUNDATION_CREDENTIALS_HASH_KEY), "
			+ "or the same " + CredentialHashKey.FILE_NAME + " in its data directory.";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	SecretHasher(CredentialProperties properties, DSLContext dsl) {
		this(CredentialHashKey.resolve(properties.credentials().hashKey(), properties.dataDir()));
		verifySharedWith(dsl);
	}

	SecretHasher(byte[] key) {
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/**
	 * Makes sure that this key is the one the other nodes use: the stored check value
	 * must be this key's, or, when none is stored yet, this key's is stored. Hashes
	 * cannot be opened, so on a database from before the check the first node to start
	 * sets the key.
	 * @throws IllegalStateException when another key is in use, saying how to fix it
	 */
	void verifySharedWith(DSLContext dsl) {
		if (!KEY_CHECK.matches(dsl, this.key.getEncoded())) {
			throw new IllegalStateException(DIFFERENT_KEY);
		}
	}

	/**
	 * A new secret: the prefix and 32 random bytes in unpadded base64url.
	 */
	String newSecret(String prefix) {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The keyed hash of a secret as 64 lower-case hexadecimal digits.
	 */
	String hash(String secret) {
		return HexFormat.of().formatHex(mac(secret));
	}

	/**
	 * Whether a presented secret has the stored keyed hash, compared in constant time
	 * (for a secret found by another key than its hash, such as an OAuth client id).
	 */
	boolean matches(String presentedSecret, String storedHash) {
		return MessageDigest.isEqual(hash(presentedSecret).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A 256-bit key for another purpose, derived from the hash key, so that every node
	 * sharing the hash key derives the same one.
	 * @param purpose what the key is for, different for every use
	 */
	byte[] derivedKey(String purpose) {
		return mac("foundation-identity derived key: " + purpose);
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
