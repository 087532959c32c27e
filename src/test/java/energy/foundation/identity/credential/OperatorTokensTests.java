package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Which configured operator tokens are acceptable.
 */
class OperatorTokensTests {

	@Test
	void checkConfiguredWhen32BearerCharactersThenAccepted() {
		assertThatNoException().isThrownBy(() -> OperatorTokens.checkConfigured("abcdefghij-._~+/0123456789ABCDE=="));
	}

	@Test
	void checkConfiguredWhenShorterThan32ThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OperatorTokens.checkConfigured("a".repeat(31)))
			.withMessage("must be at least 32 characters long");
	}

	@Test
	void checkConfiguredWhenNotBearerCharactersThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OperatorTokens.checkConfigured("a".repeat(32) + " with spaces"))
			.withMessageContaining("RFC 6750");
	}

	@Test
	void issuedTokenToStringWhenPrintedThenTokenMasked() {
		IssuedOperatorToken issued = new IssuedOperatorToken(UUID.randomUUID(), "bootstrap", "fiop_secretvalue",
				"fiop_secretv", Instant.now());

		assertThat(issued.toString()).doesNotContain("fiop_secretvalue");
	}

}
