package energy.foundation.identity.events;

/**
 * A feed cursor past the last position given to any event: the feed never handed it out.
 */
public final class CursorBeyondFeedException extends RuntimeException {

	CursorBeyondFeedException() {
		super("The cursor is beyond the last event");
	}

}
