package energy.foundation.identity.directory;

/**
 * A paging cursor is not one that a {@link SearchPage} handed out.
 */
public final class InvalidCursorException extends RuntimeException {

	InvalidCursorException(Throwable cause) {
		super("The cursor is not valid", cause);
	}

	InvalidCursorException() {
		super("The cursor is not valid");
	}

}
