package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Page cursors of the activity logs.
 */
class PageCursorTests {

	@Test
	void decodeWhenEncodedThenSamePosition() {
		PageCursor cursor = new PageCursor(Instant.parse("2026-03-01T10:15:30.123456Z"), UUID.randomUUID());

		assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
	}

	@Test
	void decodeWhenNotACursorThenIllegalArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> PageCursor.decode("bm90IGEgY3Vyc29y"));
	}

	@Test
	void queryWhenSizeOutOfRangeThenClamped() {
		assertThat(ProvisioningLogQuery.latest(5000).size()).isEqualTo(ProvisioningLogQuery.MAX_SIZE);
		assertThat(ProvisioningLogQuery.latest(0).size()).isEqualTo(1);
	}

}
