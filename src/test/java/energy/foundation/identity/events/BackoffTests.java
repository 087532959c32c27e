package energy.foundation.identity.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wait between attempts: doubling from the base up to the cap, with jitter in the
 * upper half.
 */
class BackoffTests {

	private static final Duration BASE = Duration.ofSeconds(10);

	private static final Duration CAP = Duration.ofHours(1);

	@Test
	void afterWhenJitterAtMostThenFullDoubledWait() {
		Backoff backoff = new Backoff(BASE, CAP, (bound) -> bound - 1);

		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(80));
	}

	@Test
	void afterWhenJitterLeastThenHalfTheWait() {
		Backoff backoff = new Backoff(BASE, CAP, (bound) -> 0);

		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void afterWhenManyFailuresThenCapped() {
		Backoff backoff = new Backoff(BASE, CAP, (bound) -> bound - 1);

		assertThat(backoff.after(12)).isEqualTo(CAP);
		assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(CAP);
	}

	@Test
	void afterWhenRetriedForADayThenEnoughAttemptsInTheDay() {
		Backoff backoff = new Backoff(BASE, CAP, (bound) -> bound - 1);
		Duration elapsed = Duration.ZERO;
		int attempts = 0;

		while (elapsed.compareTo(Duration.ofDays(1)) < 0) {
			attempts++;
			elapsed = elapsed.plus(backoff.after(attempts));
		}

		assertThat(attempts).isBetween(25, 40);
	}

}
