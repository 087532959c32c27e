package energy.foundation.identity.operator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes times on console pages, in UTC to the minute, the same for every operator
 * wherever they are: {@code ${@consoleTimes.format(instant)}}. Public because templates
 * call it through SpEL.
 */
@Component("consoleTimes")
public final class ConsoleTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/**
	 * The time to the minute, or "never".
	 * @param instant the time, if any
	 * @return the text to show
	 */
	public String format(@Nullable Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "never";
	}

	/**
	 * The time to the second, or nothing.
	 * @param instant the time, if any
	 * @return the text to show
	 */
	public String precise(@Nullable Instant instant) {
		return (instant != null) ? SECONDS.format(instant) : "";
	}

	/**
	 * The time as ISO 8601, for {@code datetime} attributes.
	 * @param instant the time, if any
	 * @return the text, empty without a time
	 */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : "";
	}

}
