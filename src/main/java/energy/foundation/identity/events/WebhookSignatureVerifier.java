package energy.foundation.identity.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checks a webhook request the way a receiver should, and shows how. Every request
 * carries three headers:
 * <ul>
 * <li>{@value #ID_HEADER}: a new random id for each request (each attempt);</li>
 * <li>{@value #TIMESTAMP_HEADER}: when it was sent, in seconds since 1970-01-01 UTC;</li>
 * <li>{@value #SIGNATURE_HEADER}: one or more {@code v1=<hex>} entries separated by
 * commas, each the lower-case hexadecimal HMAC-SHA256 of {@code <timestamp>.<body>} (the
 * timestamp header's text, a full stop, the raw body bytes) keyed with the UTF-8 bytes of
 * a signing secret ({@code whsec_...}). While a secret is being rotated, the request
 * carries one entry per secret still in use.</li>
 * </ul>
 * A receiver accepts the request when the timestamp is within five minutes of its own
 * clock (so that a recorded request cannot be replayed later) and at least one entry
 * matches a signature it computes itself with a secret it holds, compared in constant
 * time. It verifies the raw body before parsing it. The body is {@code {"events":[...]}}:
 * events in feed order, each with a stable {@code id} a receiver can use to drop a
 * repeated delivery.
 */
public final class WebhookSignatureVerifier {

	/**
	 * The header with the request's id.
	 */
	public static final String ID_HEADER = "Foundation-Webhook-Id";

	/**
	 * The header with the send time in Unix seconds.
	 */
	public static final String TIMESTAMP_HEADER = "Foundation-Webhook-Timestamp";

	/**
	 * The header with the signatures.
	 */
	public static final String SIGNATURE_HEADER = "Foundation-Webhook-Signature";

	/**
	 * How far a timestamp may be from the receiver's clock, either way.
	 */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private static final Duration MAX_TOLERANCE = Duration.ofDays(1);

	private static final String VERSION = "v1=";

	private static final Pattern ENTRY_SEPARATOR = Pattern.compile(",");

	private final List<String> secrets;

	private final Duration tolerance;

	private final Clock clock;

	/**
	 * A verifier for one secret with the five-minute window and the system clock.
	 */
	public WebhookSignatureVerifier(String secret) {
		this(List.of(secret), DEFAULT_TOLERANCE, Clock.systemUTC());
	}

	/**
	 * A verifier that accepts a signature made with any of the secrets.
	 * @param tolerance how far a timestamp may be from the clock, either way: not
	 * negative and at most a day (a longer window hardly stops a replay)
	 */
	public WebhookSignatureVerifier(List<String> secrets, Duration tolerance, Clock clock) {
		if (tolerance.isNegative() || tolerance.compareTo(MAX_TOLERANCE) > 0) {
			throw new IllegalArgumentException("The tolerance must be between zero and a day");
		}
		this.secrets = List.copyOf(secrets);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * Checks the headers of a request against its raw body.
	 * @param timestamp the {@value #TIMESTAMP_HEADER} header, if present
	 * @param signatures the {@value #SIGNATURE_HEADER} header, if present
	 * @param body the body exactly as received
	 * @return {@link Result#VALID} or why not
	 */
	public Result verify(@Nullable String timestamp, @Nullable String signatures, byte[] body) {
		if (timestamp == null || signatures == null) {
			return Result.MISSING_HEADER;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return Result.MALFORMED_TIMESTAMP;
		}
		long now = this.clock.instant().getEpochSecond();
		// compared with bounds, as the distance to now overflows for extreme timestamps
		long tolerance = this.tolerance.toSeconds();
		if (seconds < now - tolerance || seconds > now + tolerance) {
			return Result.OUTSIDE_REPLAY_WINDOW;
		}
		List<String> entries = ENTRY_SEPARATOR.splitAsStream(signatures).map(String::strip).toList();
		for (String secret : this.secrets) {
			byte[] expected = signature(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
			for (String candidate : entries) {
				if (candidate.startsWith(VERSION) && MessageDigest.isEqual(expected,
						candidate.substring(VERSION.length())
							.toLowerCase(Locale.ROOT)
							.getBytes(StandardCharsets.US_ASCII))) {
					return Result.VALID;
				}
			}
		}
		return Result.NO_MATCHING_SIGNATURE;
	}

	/**
	 * The hexadecimal HMAC-SHA256 of {@code <timestamp>.<body>} keyed with the secret:
	 * the value after {@code v1=}.
	 */
	public static String signature(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) '.');
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * The {@value #SIGNATURE_HEADER} value for a request signed with each of the secrets.
	 */
	public static String signatureHeader(List<String> secrets, String timestamp, byte[] body) {
		StringBuilder header = new StringBuilder();
		for (String secret : secrets) {
			if (!header.isEmpty()) {
				header.append(", ");
			}
			header.append(VERSION).append(signature(secret, timestamp, body));
		}
		return header.toString();
	}

	@Override
	public String toString() {
		return "WebhookSignatureVerifier[secrets=" + this.secrets.size() + ", tolerance=" + this.tolerance + "]";
	}

	/**
	 * The outcome of a check.
	 */
	public enum Result {

		/** A signature matched and the timestamp is recent. */
		VALID,

		/** The timestamp or signature header is missing. */
		MISSING_HEADER,

		/** The timestamp is not a number of seconds. */
		MALFORMED_TIMESTAMP,

		/** The timestamp is further from the receiver's clock than the tolerance. */
		OUTSIDE_REPLAY_WINDOW,

		/** No signature matched any of the secrets. */
		NO_MATCHING_SIGNATURE

	}

}
