package energy.foundation.identity.activity;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after the last entry of a page, newest first: its time and id, as an
 * opaque URL-safe text.
 *
 * @param time the time of the last entry shown
 * @param id the id of the last entry shown
 */
record PageCursor(Instant time, UUID id) {

	String encode() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.time);
		String text = micros + "/" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor made by {@link #encode()}.
	 * @throws IllegalArgumentException when the text is not such a cursor
	 */
	static PageCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int slash = text.indexOf('/');
			if (slash < 0) {
				throw new IllegalArgumentException("Not a page cursor");
			}
			long micros = Long.parseLong(text.substring(0, slash));
			Instant time = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return new PageCursor(time, UUID.fromString(text.substring(slash + 1)));
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeException ex) {
			throw new IllegalArgumentException("Not a page cursor", ex);
		}
	}

}
