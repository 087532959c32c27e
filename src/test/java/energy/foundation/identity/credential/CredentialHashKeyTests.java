package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the credential hash key comes from.
 */
class CredentialHashKeyTests {

	@TempDir
	private Path dataDir;

	@Test
	void resolveWhenNothingConfiguredThenGeneratedOwnerOnlyAndReused() throws Exception {
		byte[] first = CredentialHashKey.resolve(null, this.dataDir);

		byte[] second = CredentialHashKey.resolve(null, this.dataDir);

		assertThat(first).hasSize(32).isEqualTo(second);
		Path file = this.dataDir.resolve("credential-hash.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void resolveWhenDataDirMissingThenCreated() {
		Path nested = this.dataDir.resolve("a/b");

		assertThat(CredentialHashKey.resolve(null, nested)).hasSize(32);
		assertThat(nested.resolve("credential-hash.key")).exists();
	}

	@Test
	void resolveWhenConfiguredThenConfiguredKeyAndNoFile() {
		byte[] key = new byte[48];
		key[0] = 7;

		byte[] resolved = CredentialHashKey.resolve(Base64.getEncoder().encodeToString(key), this.dataDir);

		assertThat(resolved).isEqualTo(key);
		assertThat(this.dataDir.resolve("credential-hash.key")).doesNotExist();
	}

	@Test
	void resolveWhenConfiguredKeyShortThenStartFails() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalStateException().isThrownBy(() -> CredentialHashKey.resolve(shortKey, this.dataDir))
			.withMessageContaining("at least 32 bytes");
	}

	@Test
	void resolveWhenConfiguredKeyNotBase64ThenStartFails() {
		assertThatIllegalStateException().isThrownBy(() -> CredentialHashKey.resolve("not base64 !", this.dataDir))
			.withMessageContaining("not valid base64");
	}

	@Test
	void resolveWhenFileDamagedThenStartFailsAndFileKept() throws Exception {
		Path file = this.dataDir.resolve("credential-hash.key");
		Files.writeString(file, "damaged", StandardCharsets.UTF_8);

		assertThatIllegalStateException().isThrownBy(() -> CredentialHashKey.resolve(null, this.dataDir));
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("damaged");
	}

}
