package energy.foundation.identity.credential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the server key that credential hashes are made with: the configured one, or one
 * generated once into the data directory and reused after every restart. Losing the key
 * invalidates every issued credential.
 */
final class CredentialHashKey {

	static final String FILE_NAME = "credential-hash.key";

	static final int MIN_BYTES = 32;

	private static final Logger logger = LoggerFactory.getLogger(CredentialHashKey.class);

	private CredentialHashKey() {
	}

	static byte[] resolve(@Nullable String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured, "foundation.credentials.hash-key (FOUNDATION_CREDENTIALS_HASH_KEY)");
		}
		try {
			return fromFile(dataDir.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the credential hash key in " + dataDir, ex);
		}
	}

	private static byte[] fromFile(Path file) throws IOException {
		if (Files.notExists(file)) {
			byte[] key = new byte[MIN_BYTES];
			new SecureRandom().nextBytes(key);
			if (PrivateFiles.createNew(file, Base64.getEncoder().encodeToString(key) + "\n")) {
				logger.info("Generated the credential hash key in {}", file);
				return key;
			}
		}

		if (PrivateFiles.isShared(file)) {
			logger.warn("The credential hash key file {} is readable by other users; restrict it to its owner", file);
		}
		return decode(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	private static byte[] decode(String text, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The credential hash key in " + source + " is not valid base64", ex);
		}
		if (key.length < MIN_BYTES) {
			throw new IllegalStateException(
					"The credential hash key in " + source + " must be at least " + MIN_BYTES + " bytes long");
		}
		return key;
	}

}
