package energy.foundation.identity.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Settings of webhook delivery that make no sense refuse the start: a zero retry window
 * would make every event a dead letter at its first failure, and a negative grace would
 * end a rotated secret before it was replaced.
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

	private static EventsProperties.Webhooks webhooks(Duration retryWindow, Duration rotationGrace) {
		return new EventsProperties.Webhooks(false, 100, Duration.ofSeconds(5), Duration.ofSeconds(10),
				Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofHours(1), retryWindow, rotationGrace, 4,
				null);
	}

}
