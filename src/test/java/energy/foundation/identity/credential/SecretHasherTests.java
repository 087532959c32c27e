package energy.foundation.identity.credential;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets and their keyed hashes.
 */
class SecretHasherTests {

	private final SecretHasher hasher = new SecretHasher(new byte[32]);

	@Test
	void newSecretWhenMadeThenPrefixAnd43Base64UrlCharacters() {
		assertThat(this.hasher.newSecret("fisc_")).matches("fisc_[A-Za-z0-9_-]{43}");
	}

	@Test
	void newSecretWhenMadeTwiceThenDifferent() {
		assertThat(this.hasher.newSecret("fisc_")).isNotEqualTo(this.hasher.newSecret("fisc_"));
	}

	@Test
	void hashWhenSameSecretThenSame64HexDigits() {
		assertThat(this.hasher.hash("fisc_abc")).matches("[0-9a-f]{64}").isEqualTo(this.hasher.hash("fisc_abc"));
	}

	@Test
	void hashWhenOtherKeyThenDifferent() {
		byte[] otherKey = new byte[32];
		otherKey[31] = 1;

		assertThat(new SecretHasher(otherKey).hash("fisc_abc")).isNotEqualTo(this.hasher.hash("fisc_abc"));
	}

}
