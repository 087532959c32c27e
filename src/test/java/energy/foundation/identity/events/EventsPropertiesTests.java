package energy.foundation.identity.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Settings of webhook delivery that make no sense refuse the start: a zero retry window
 * would make every event a dead letter at its first failure, a negative grace would end a
 * rotated secret before it was replaced, and a retention under a day would prune events
 * that a feed reader polling daily has not read yet.
 */
class EventsPropertiesTests {

	@Test
	void webhooksWhenRetryWindowZeroThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks(Duration.ZERO, Duration.ofHours(24)))
			.withMessageContaining("retry-window");
	}

	@Test
	void webhooksWhenRotationGraceNegativeThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks(Duration.ofHours(24), Duration.ofHours(-1)))
			.withMessageContaining("secret-rotation-grace");
	}

	@Test
	void eventsWhenRetentionUnderADayThenRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> events(Duration.ofHours(23)))
			.withMessageContaining("foundation.events.retention")
			.withMessageContaining("1 day");
	}

	@Test
	void eventsWhenRetentionOneDayThenAccepted() {
		EventsProperties properties = events(Duration.ofDays(1));

		assertThat(properties.retention()).isEqualTo(Duration.ofDays(1));
	}

	private static EventsProperties events(Duration retention) {
		return new EventsProperties(Duration.ofSeconds(1), 500, retention,
				webhooks(Duration.ofHours(24), Duration.ofHours(24)));
	}

	private static EventsProperties.Webhooks webhooks(Duration retryWindow, Duration rotationGrace) {
		return new EventsProperties.Webhooks(false, 100, Duration.ofSeconds(5), Duration.ofSeconds(10),
				Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofHours(1), retryWindow, rotationGrace, 4,
				null);
	}

}
