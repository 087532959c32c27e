package energy.foundation.identity.credential;

/**
 * A credential could not be issued because a value is malformed. The message names the
 * value and the rule it breaks.
 */
public final class InvalidCredentialException extends RuntimeException {

	InvalidCredentialException(String message) {
		super(message);
	}

}
