package energy.foundation.identity.events;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * How long to wait before the next attempt: the base wait doubled for each failure after
 * the first, at most the cap, then a random part of the second half taken off ("equal
 * jitter"), so that endpoints that failed together do not all retry together.
 */
final class Backoff {

	private static final int MAX_DOUBLINGS = 40;

	private final Duration base;

	private final Duration cap;

	private final LongUnaryOperator random;

	/**
	 * A backoff from the base wait up to the cap.
	 * @param random a random number from 0 (inclusive) to the argument (exclusive)
	 */
	Backoff(Duration base, Duration cap, LongUnaryOperator random) {
		this.base = base;
		this.cap = cap;
		this.random = random;
	}

	/**
	 * The wait after the given number of failures in a row (1 for the first).
	 */
	Duration after(int failures) {
		int doublings = Math.min(Math.max(failures - 1, 0), MAX_DOUBLINGS);
		long millis = this.base.toMillis();
		for (int i = 0; i < doublings && millis < this.cap.toMillis(); i++) {
			millis *= 2;
		}
		millis = Math.min(millis, this.cap.toMillis());
		long half = millis / 2;
		return Duration.ofMillis(millis - half + this.random.applyAsLong(half + 1));
	}

}
