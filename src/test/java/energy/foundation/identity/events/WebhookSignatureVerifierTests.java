package energy.foundation.identity.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Signing and verifying webhook requests: HMAC-SHA256 over the timestamp and the body,
 * one entry per secret, a five-minute replay window.
 */
class WebhookSignatureVerifierTests {

	private static final String SECRET = "whsec_first-secret-for-tests";

	private static final String OTHER_SECRET = "whsec_second-secret-for-tests";

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	// printf '1700000000.{"events":[]}' | openssl dgst -sha256 -hmac
	// 'whsec_first-secret-for-tests'
	private static final String OPENSSL_SIGNATURE = "a49e33a695f3495ec5c97db806bc04353db55b6c0afd0a02bd215acc2e3cd0d7";

	private static final byte[] BODY = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(List.of(SECRET),
			WebhookSignatureVerifier.DEFAULT_TOLERANCE, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void signatureWhenKnownInputThenHmacOfTimestampDotBody() {
		String signature = WebhookSignatureVerifier.signature(SECRET, "1700000000", BODY);

		assertThat(signature).isEqualTo(OPENSSL_SIGNATURE);
	}

	@Test
	void verifyWhenSignedNowThenValid() {
		String timestamp = seconds(NOW);

		WebhookSignatureVerifier.Result result = this.verifier.verify(timestamp,
				WebhookSignatureVerifier.signatureHeader(List.of(SECRET), timestamp, BODY), BODY);

		assertThat(result).isEqualTo(WebhookSignatureVerifier.Result.VALID);
	}

	@Test
	void verifyWhenTimestampDistanceOverflowsThenOutsideReplayWindow() {
		// now minus this is Long.MIN_VALUE, whose absolute value is negative
		String timestamp = Long.toString(Long.MIN_VALUE + NOW.getEpochSecond());

		WebhookSignatureVerifier.Result result = this.verifier.verify(timestamp,
				WebhookSignatureVerifier.signatureHeader(List.of(SECRET), timestamp, BODY), BODY);

		assertThat(result).isEqualTo(WebhookSignatureVerifier.Result.OUTSIDE_REPLAY_WINDOW);
	}

	@Test
	void constructorWhenToleranceNegativeOrOverADayThenRefused() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookSignatureVerifier(List.of(SECRET), Duration.ofSeconds(-1), clock));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookSignatureVerifier(List.of(SECRET), Duration.ofDays(1).plusSeconds(1), clock));
	}

	@Test
	void verifyWhenTwoSignaturesAndOneMatchesThenValid() {
		String timestamp = seconds(NOW);
		String header = WebhookSignatureVerifier.signatureHeader(List.of(OTHER_SECRET, SECRET), timestamp, BODY);

		assertThat(header).matches("v1=[0-9a-f]{64}, v1=[0-9a-f]{64}");
		assertThat(this.verifier.verify(timestamp, header, BODY)).isEqualTo(WebhookSignatureVerifier.Result.VALID);
	}

	@Test
	void verifyWhenOnlyAnotherSecretSignedThenNoMatch() {
		String timestamp = seconds(NOW);

		WebhookSignatureVerifier.Result result = this.verifier.verify(timestamp,
				WebhookSignatureVerifier.signatureHeader(List.of(OTHER_SECRET), timestamp, BODY), BODY);

		assertThat(result).isEqualTo(WebhookSignatureVerifier.Result.NO_MATCHING_SIGNATURE);
	}

	@Test
	void verifyWhenBodyChangedThenNoMatch() {
		String timestamp = seconds(NOW);
		String header = WebhookSignatureVerifier.signatureHeader(List.of(SECRET), timestamp, BODY);

		WebhookSignatureVerifier.Result result = this.verifier.verify(timestamp, header,
				"{\"events\":[{}]}".getBytes(StandardCharsets.UTF_8));

		assertThat(result).isEqualTo(WebhookSignatureVerifier.Result.NO_MATCHING_SIGNATURE);
	}

	@Test
	void verifyWhenTimestampChangedThenNoMatch() {
		String header = WebhookSignatureVerifier.signatureHeader(List.of(SECRET), seconds(NOW), BODY);

		WebhookSignatureVerifier.Result result = this.verifier.verify(seconds(NOW.minusSeconds(1)), header, BODY);

		assertThat(result).isEqualTo(WebhookSignatureVerifier.Result.NO_MATCHING_SIGNATURE);
	}

	@Test
	void verifyWhenOlderOrNewerThanWindowThenRefusedAsReplay() {
		String old = seconds(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));
		String future = seconds(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1));
		String edge = seconds(NOW.minus(Duration.ofMinutes(5)));

		assertThat(
				this.verifier.verify(old, WebhookSignatureVerifier.signatureHeader(List.of(SECRET), old, BODY), BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.OUTSIDE_REPLAY_WINDOW);
		assertThat(this.verifier.verify(future, WebhookSignatureVerifier.signatureHeader(List.of(SECRET), future, BODY),
				BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.OUTSIDE_REPLAY_WINDOW);
		assertThat(
				this.verifier.verify(edge, WebhookSignatureVerifier.signatureHeader(List.of(SECRET), edge, BODY), BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.VALID);
	}

	@Test
	void verifyWhenHeadersMissingOrMalformedThenSaysWhich() {
		assertThat(this.verifier.verify(null, "v1=00", BODY)).isEqualTo(WebhookSignatureVerifier.Result.MISSING_HEADER);
		assertThat(this.verifier.verify(seconds(NOW), null, BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.MISSING_HEADER);
		assertThat(this.verifier.verify("yesterday", "v1=00", BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.MALFORMED_TIMESTAMP);
		assertThat(this.verifier.verify(seconds(NOW), "sha256=00", BODY))
			.isEqualTo(WebhookSignatureVerifier.Result.NO_MATCHING_SIGNATURE);
	}

	@Test
	void toStringWhenPrintedThenNoSecret() {
		assertThat(this.verifier.toString()).doesNotContain(SECRET);
	}

	private static String seconds(Instant instant) {
		return Long.toString(instant.getEpochSecond());
	}

}
