package energy.foundation.identity.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes instants on the admin app's pages, in UTC, as templates call it:
 * {@code ${@displayTimes.text(instant)}}.
 */
@Component("displayTimes")
public final class DisplayTimes {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/**
	 * The instant for people to read, to the second, or a dash when there is none.
	 */
	public String text(@Nullable Instant instant) {
		return (instant != null) ? TEXT.format(instant) : "—";
	}

	/**
	 * The day of the instant, or a dash when there is none.
	 */
	public String date(@Nullable Instant instant) {
		return (instant != null) ? DATE.format(instant) : "—";
	}

	/**
	 * The machine-readable form for a {@code <time datetime>} attribute.
	 */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : "";
	}

}
