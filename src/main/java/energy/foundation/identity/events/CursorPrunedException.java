package energy.foundation.identity.events;

/**
 * A feed cursor below the prune horizon: events after it were deleted after the retention
 * period, so reading on from it could miss some.
 */
public final class CursorPrunedException extends RuntimeException {

	CursorPrunedException(long after) {
		super("The events after position " + after + " were pruned after the retention period");
	}

}
