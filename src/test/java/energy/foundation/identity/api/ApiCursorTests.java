package energy.foundation.identity.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import energy.foundation.identity.directory.ListingPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The opaque cursors of the directory API's listings.
 */
class ApiCursorTests {

	private static final ListingPosition POSITION = new ListingPosition(Instant.parse("2026-12-01T09:12:44.120311Z"),
			UUID.fromString("0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e"));

	@Test
	void decodeWhenEncodedThenSamePositionAndFilters() {
		ApiCursor cursor = new ApiCursor("users", POSITION, Instant.parse("2026-11-30T00:00:00Z"), false);

		ApiCursor decoded = ApiCursor.decode(cursor.encode(), "users");

		assertThat(decoded).isEqualTo(cursor);
	}

	@Test
	void decodeWhenOtherListingThenRefused() {
		String groups = new ApiCursor("groups", POSITION, null, null).encode();

		assertThatExceptionOfType(ApiRequestException.class).isThrownBy(() -> ApiCursor.decode(groups, "users"))
			.withMessageContaining("cursor is not valid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "%%%", "MX51c2Vycw", "1~users~x~0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e~-~-",
			"1~users~99999999999999999999~0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e~-~-",
			"1~users~9223372036854775807~0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e~-~-", "1~users~0~not-a-uuid~-~-",
			"1~users~0~0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e~-~maybe",
			"2~users~0~0b6f3c1e-2d4a-4b5c-8d9e-0f1a2b3c4d5e~-~-" })
	void decodeWhenMalformedThenRefusedNeverAnotherError(String text) {
		String cursor = text.contains("~")
				? Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)) : text;

		assertThatExceptionOfType(ApiRequestException.class).isThrownBy(() -> ApiCursor.decode(cursor, "users"));
	}

	@Test
	void agreesWithWhenFilterLeftOutThenTakenFromCursor() {
		ApiCursor cursor = new ApiCursor("users", POSITION, null, true);

		assertThat(cursor.agreesWith(null, null)).isTrue();
		assertThat(cursor.agreesWith(null, true)).isTrue();
		assertThat(cursor.agreesWith(null, false)).isFalse();
		assertThat(cursor.agreesWith(Instant.EPOCH, true)).isFalse();
	}

}
