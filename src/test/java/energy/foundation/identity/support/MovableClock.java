package energy.foundation.identity.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that runs with the system clock, moved on by the tests that need a later
 * time.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/**
	 * A clock at the same time as this one, moved on separately.
	 */
	public MovableClock copy() {
		MovableClock copy = new MovableClock();
		copy.moveOn(this.offset.get());
		return copy;
	}

	/**
	 * Moves the clock on.
	 */
	public void moveOn(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
