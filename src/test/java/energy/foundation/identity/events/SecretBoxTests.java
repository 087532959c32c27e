package energy.foundation.identity.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Stored webhook secrets: encrypted, bound to their endpoint, opened only with the same
 * key.
 */
class SecretBoxTests {

	private static final String SECRET = "whsec_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

	@TempDir
	private Path dataDir;

	@Test
	void openWhenSealedForSameEndpointThenSecret() {
		SecretBox box = new SecretBox(new byte[32]);
		UUID endpoint = UUID.randomUUID();

		String sealed = box.seal(endpoint, SECRET);

		assertThat(sealed).startsWith("v1:").doesNotContain(SECRET).doesNotContain("whsec_");
		assertThat(box.open(endpoint, sealed)).isEqualTo(SECRET);
	}

	@Test
	void sealWhenSameSecretTwiceThenDifferentText() {
		SecretBox box = new SecretBox(new byte[32]);
		UUID endpoint = UUID.randomUUID();

		assertThat(box.seal(endpoint, SECRET)).isNotEqualTo(box.seal(endpoint, SECRET));
	}

	@Test
	void openWhenSealedForAnotherEndpointThenRefused() {
		SecretBox box = new SecretBox(new byte[32]);
		String sealed = box.seal(UUID.randomUUID(), SECRET);

		assertThatIllegalStateException().isThrownBy(() -> box.open(UUID.randomUUID(), sealed));
	}

	@Test
	void openWhenOtherKeyThenRefused() {
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		UUID endpoint = UUID.randomUUID();
		String sealed = new SecretBox(new byte[32]).seal(endpoint, SECRET);

		assertThatIllegalStateException().isThrownBy(() -> new SecretBox(otherKey).open(endpoint, sealed));
	}

	@Test
	void resolveKeyWhenNothingConfiguredThenGeneratedOwnerOnlyAndReused() throws Exception {
		byte[] first = SecretBox.resolveKey(null, this.dataDir);

		byte[] second = SecretBox.resolveKey(" ", this.dataDir);

		assertThat(first).hasSize(32).isEqualTo(second);
		Path file = this.dataDir.resolve(SecretBox.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void resolveKeyWhenConfiguredThenThatKeyAndNoFile() {
		byte[] key = new byte[16];
		key[3] = 9;

		byte[] resolved = SecretBox.resolveKey(Base64.getEncoder().encodeToString(key), this.dataDir);

		assertThat(resolved).isEqualTo(key);
		assertThat(this.dataDir.resolve(SecretBox.FILE_NAME)).doesNotExist();
	}

	@Test
	void resolveKeyWhenConfiguredKeyOfWrongLengthThenStartFails() {
		String key = Base64.getEncoder().encodeToString(new byte[20]);

		assertThatIllegalStateException().isThrownBy(() -> SecretBox.resolveKey(key, this.dataDir))
			.withMessageContaining("16, 24 or 32 bytes");
	}

}
