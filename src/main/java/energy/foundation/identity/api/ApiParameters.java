package energy.foundation.identity.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.directory.DirectoryListing;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads the query parameters of the directory API, refusing malformed ones with a detail
 * that names the parameter and the form it takes.
 */
final class ApiParameters {

	static final int DEFAULT_LIMIT = 100;

	private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern CANONICAL_UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private ApiParameters() {
	}

	/**
	 * Refuses a query parameter the endpoint does not read, so that a filter the caller
	 * believes applied is never silently ignored.
	 * @param request the request
	 * @param endpoint what the endpoint lists, for the detail: {@code groups}, say
	 * @param names the parameters the endpoint reads
	 */
	static void onlyKnown(HttpServletRequest request, String endpoint, List<String> names) {
		for (String name : request.getParameterMap().keySet()) {
			if (!names.contains(name)) {
				throw ApiRequestException.badRequest("Parameter " + (NAME.matcher(name).matches() ? name + " " : "")
						+ "is not supported on " + endpoint + "; it takes " + String.join(", ", names));
			}
		}
	}

	/**
	 * The page size: {@value #DEFAULT_LIMIT} when absent, else 1 to
	 * {@value DirectoryListing#MAX_PAGE_SIZE}.
	 */
	static int limit(@Nullable String text) {
		return limit(text, DirectoryListing.MAX_PAGE_SIZE);
	}

	/**
	 * The page size: {@value #DEFAULT_LIMIT} when absent, else 1 to {@code max}; a larger
	 * one is refused rather than cut, so that the caller learns the bound.
	 */
	static int limit(@Nullable String text, int max) {
		if (text == null || text.isEmpty()) {
			return Math.min(DEFAULT_LIMIT, max);
		}
		Long limit = wholeNumber(text);
		if (limit != null && limit >= 1 && limit <= max) {
			return limit.intValue();
		}
		throw ApiRequestException.badRequest("Parameter limit must be a whole number from 1 to " + max);
	}

	/**
	 * A whole number written in ASCII digits only: no sign, no spaces, no digits of other
	 * scripts. {@code null} when the text is anything else or too large for a long.
	 */
	static @Nullable Long wholeNumber(String text) {
		if (!DIGITS.matcher(text).matches()) {
			return null;
		}
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * An ISO-8601 date and time with an offset, for example {@code 2026-03-01T08:00:00Z};
	 * {@code null} when absent.
	 */
	static @Nullable Instant instant(@Nullable String text, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
			if (storable(instant)) {
				return instant;
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw ApiRequestException.badRequest("Parameter " + name
				+ " must be an ISO-8601 date and time with an offset, for example 2026-03-01T08:00:00Z");
	}

	/**
	 * Whether both databases store the time: years 1 to 9999.
	 */
	static boolean storable(Instant instant) {
		return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
	}

	/**
	 * {@code true} or {@code false} (any case); {@code null} when absent.
	 */
	static @Nullable Boolean active(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Boolean value = bool(text.strip());
		if (value == null) {
			throw ApiRequestException.badRequest("Parameter active must be true or false");
		}
		return value;
	}

	static @Nullable Boolean bool(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> null;
		};
	}

	/**
	 * The id in a path segment; anything that is not a UUID in its canonical form is
	 * answered as not found, as an unknown id is.
	 */
	static UUID id(String text, String what) {
		UUID id = uuid(text);
		if (id == null) {
			throw ApiRequestException.notFound("The organisation has no " + what + " with this id");
		}
		return id;
	}

	/**
	 * A UUID in its canonical form only (RFC 9562 §4): 36 characters, hexadecimal digits
	 * in either case in groups of 8, 4, 4, 4 and 12 with hyphens between; {@code null}
	 * for anything else, such as braces, spaces, signs or digits of other scripts, which
	 * {@link UUID#fromString(String)} lets through.
	 */
	static @Nullable UUID uuid(String text) {
		return CANONICAL_UUID.matcher(text).matches() ? UUID.fromString(text) : null;
	}

}
