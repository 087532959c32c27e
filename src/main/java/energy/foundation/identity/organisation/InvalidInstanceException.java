package energy.foundation.identity.organisation;

/**
 * An instance name is malformed. The message names the rule it breaks and is safe to
 * show.
 */
public final class InvalidInstanceException extends RuntimeException {

	InvalidInstanceException(String message) {
		super(message);
	}

}
