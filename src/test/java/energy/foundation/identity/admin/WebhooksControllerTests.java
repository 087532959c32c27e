package energy.foundation.identity.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durations of the delivery settings as the webhook pages state them: exact, in the
 * largest unit that fits.
 */
class WebhooksControllerTests {

	@Test
	void inWordsWhenWholeHoursThenHours() {
		assertThat(WebhooksController.inWords(Duration.ofHours(24))).isEqualTo("24 hours");
		assertThat(WebhooksController.inWords(Duration.ofHours(1))).isEqualTo("1 hour");
	}

	@Test
	void inWordsWhenNotWholeHoursThenMinutes() {
		assertThat(WebhooksController.inWords(Duration.ofMinutes(90))).isEqualTo("90 minutes");
	}

	@Test
	void inWordsWhenUnderAMinuteThenSecondsOrMilliseconds() {
		assertThat(WebhooksController.inWords(Duration.ofSeconds(2))).isEqualTo("2 seconds");
		assertThat(WebhooksController.inWords(Duration.ofMillis(1500))).isEqualTo("1500 milliseconds");
		assertThat(WebhooksController.inWords(Duration.ZERO)).isEqualTo("0 seconds");
	}

}
