package energy.foundation.identity.api;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

import energy.foundation.identity.directory.ListingPosition;
import org.jspecify.annotations.Nullable;

/**
 * The opaque {@code cursor} of a listing: where the last page ended and the filters the
 * listing runs with, so that a client passes only the cursor to continue. Its text is
 * base64url; clients must not read or build it.
 *
 * @param kind what is listed ({@code users} or {@code groups}): a cursor of one listing
 * is refused by another
 * @param position where the last page ended
 * @param changedSince the {@code changedSince} filter, if any
 * @param active the {@code active} filter, if any
 */
record ApiCursor(String kind, ListingPosition position, @Nullable Instant changedSince, @Nullable Boolean active) {

	/**
	 * The detail of the answer to a cursor that was not handed out as it is sent.
	 */
	static final String INVALID = "The cursor is not valid: pass the nextCursor of the page before, as it was given";

	private static final String VERSION = "1";

	private static final String SEPARATOR = "~";

	private static final String NONE = "-";

	/**
	 * The cursor's text.
	 */
	String encode() {
		String text = String.join(SEPARATOR, VERSION, this.kind, micros(this.position.created()),
				this.position.id().toString(), (this.changedSince != null) ? micros(this.changedSince) : NONE,
				(this.active != null) ? this.active.toString() : NONE);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor of the given listing.
	 * @throws ApiRequestException (400) when the text is not such a cursor
	 */
	static ApiCursor decode(String text, String kind) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = decoded.split(SEPARATOR, -1);
			if (parts.length != 6 || !VERSION.equals(parts[0]) || !kind.equals(parts[1])) {
				throw invalid();
			}
			ListingPosition position = new ListingPosition(instant(parts[2]), UUID.fromString(parts[3]));
			Instant changedSince = NONE.equals(parts[4]) ? null : instant(parts[4]);
			Boolean active = NONE.equals(parts[5]) ? null : ApiParameters.bool(parts[5]);
			if (!NONE.equals(parts[5]) && active == null) {
				throw invalid();
			}
			return new ApiCursor(kind, position, changedSince, active);
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeException ex) {
			throw ApiRequestException.badRequest(INVALID, ex);
		}
	}

	/**
	 * Whether the filters a request names agree with the cursor's: a filter the request
	 * leaves out is taken from the cursor.
	 */
	boolean agreesWith(@Nullable Instant requestedChangedSince, @Nullable Boolean requestedActive) {
		return (requestedChangedSince == null || Objects.equals(requestedChangedSince, this.changedSince))
				&& (requestedActive == null || Objects.equals(requestedActive, this.active));
	}

	private static String micros(Instant instant) {
		return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
	}

	private static Instant instant(String micros) {
		Instant instant = Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
		if (!ApiParameters.storable(instant)) {
			throw invalid();
		}
		return instant;
	}

	private static ApiRequestException invalid() {
		return ApiRequestException.badRequest(INVALID);
	}

}
