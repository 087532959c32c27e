package energy.foundation.identity.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Settings of webhook delivery that would leave endpoints failing with no next attempt,
 * or secrets that never overlap, refuse the start.
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
