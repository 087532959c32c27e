package energy.foundation.identity.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import energy.foundation.identity.credential.KeyCheck;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts webhook signing secrets for storage (AES-GCM, a random nonce per secret, the
 * endpoint's id as associated data so that a stored secret cannot be moved to another
 * endpoint). Signing needs the secret itself, so it cannot be stored as a hash like SCIM
 * secrets are; a copy of the database alone does not reveal it. The key is configured
 * ({@code foundation.events.webhooks.secret-key}) or generated once into the data
 * directory.
 * <p>
 * Every node that shares the database needs the same key. At start-up a node compares an
 * HMAC of a fixed text under its key with the one the first node stored
 * ({@code webhook_secret_key_check}) and refuses to start when they differ, rather than
 * fail every delivery to endpoints whose secrets another node sealed.
 */
@Component
final class SecretBox {

	static final String FILE_NAME = "webhook-secret.key";

	private static final Logger logger = LoggerFactory.getLogger(SecretBox.class);

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int KEY_BYTES = 32;

	private static final Set<Integer> AES_KEY_LENGTHS = Set.of(16, 24, 32);

	private static final KeyCheck KEY_CHECK = new KeyCheck("webhook_secret_key_check",
			"foundation-identity webhook secret key check v1");

	private static final String DIFFERENT_KEY = "This node's webhook secret key cannot open the webhook signing "
			+ "secrets stored in the database by other nodes. Give every node that shares the database the same "
			+ "key in foundation.events.webhooks.secret-key (FOUNDATION_EVENTS_WEBHOOKS_SECRET_KEY), or the same "
			+ FILE_NAME + " in its data directory.";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	SecretBox(EventsProperties properties, @Value("${foundation.data-dir:./data}") Path dataDir, DSLContext dsl) {
		this(resolveKey(properties.webhooks().secretKey(), dataDir));
		verifySharedWith(dsl);
	}

	SecretBox(byte[] key) {
		if (!AES_KEY_LENGTHS.contains(key.length)) {
			throw new IllegalStateException("The webhook secret key must be 16, 24 or 32 bytes long");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * The secret encrypted for the given endpoint, as text for a column.
	 */
	String seal(UUID endpointId, String secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, endpointId, nonce, secret.getBytes(StandardCharsets.UTF_8));
		byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		return VERSION + Base64.getEncoder().encodeToString(stored);
	}

	/**
	 * The secret that {@link #seal} encrypted for the same endpoint.
	 * @throws IllegalStateException when the text was sealed with another key or for
	 * another endpoint
	 */
	String open(UUID endpointId, String sealed) {
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("Unknown webhook secret format");
		}
		byte[] stored;
		try {
			stored = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Damaged webhook secret", ex);
		}
		if (stored.length <= NONCE_BYTES) {
			throw new IllegalStateException("Damaged webhook secret");
		}
		byte[] nonce = new byte[NONCE_BYTES];
		System.arraycopy(stored, 0, nonce, 0, NONCE_BYTES);
		byte[] ciphertext = new byte[stored.length - NONCE_BYTES];
		System.arraycopy(stored, NONCE_BYTES, ciphertext, 0, ciphertext.length);
		return new String(crypt(Cipher.DECRYPT_MODE, endpointId, nonce, ciphertext), StandardCharsets.UTF_8);
	}

	/**
	 * Makes sure that this key is the one the other nodes use: the stored check value
	 * must be this key's, or, when none is stored yet, this key must open a stored secret
	 * (if any) before its check value is stored.
	 * @throws IllegalStateException when another key is in use, saying how to fix it
	 */
	void verifySharedWith(DSLContext dsl) {
		if (!KEY_CHECK.matches(dsl, this.key.getEncoded(), () -> opensStoredSecret(dsl))) {
			throw new IllegalStateException(DIFFERENT_KEY);
		}
	}

	// databases from before the check value: the key must open what is there already
	private void opensStoredSecret(DSLContext dsl) {
		Record endpoint = dsl.select(WebhookStore.ID, WebhookStore.SECRET)
			.from(WebhookStore.ENDPOINT)
			.orderBy(WebhookStore.CREATED_AT)
			.limit(1)
			.fetchOne();
		if (endpoint == null) {
			return;
		}
		try {
			open(endpoint.get(WebhookStore.ID), endpoint.get(WebhookStore.SECRET));
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(DIFFERENT_KEY, ex);
		}
	}

	private byte[] crypt(int mode, UUID endpointId, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open a webhook secret: wrong webhook secret key or damaged value",
					ex);
		}
	}

	static byte[] resolveKey(@Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured, "foundation.events.webhooks.secret-key");
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.notExists(file)) {
				byte[] key = new byte[KEY_BYTES];
				new SecureRandom().nextBytes(key);
				if (createOwnerOnly(file, Base64.getEncoder().encodeToString(key) + "\n")) {
					logger.info("Generated the webhook secret key in {}", file);
					return key;
				}
			}
			return decode(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the webhook secret key in " + dataDir, ex);
		}
	}

	/**
	 * Writes a new file that only the service's user may read, leaving one that another
	 * node or context wrote first.
	 */
	private static boolean createOwnerOnly(Path file, String content) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path directory = absolute.getParent();
		if (directory == null) {
			throw new IOException("Cannot write a file at the root of the file system: " + absolute);
		}
		Files.createDirectories(directory);
		boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
		Path temporary = posix
				? Files.createTempFile(directory, FILE_NAME, ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(directory, FILE_NAME, ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, absolute);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static byte[] decode(String text, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The webhook secret key in " + source + " is not valid base64", ex);
		}
		if (!AES_KEY_LENGTHS.contains(key.length)) {
			throw new IllegalStateException("The webhook secret key in " + source + " must be 16, 24 or 32 bytes long");
		}
		return key;
	}

}
