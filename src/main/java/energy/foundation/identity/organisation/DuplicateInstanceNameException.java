package energy.foundation.identity.organisation;

/**
 * Another active instance of the organisation has this name (ignoring case).
 */
public final class DuplicateInstanceNameException extends RuntimeException {

	DuplicateInstanceNameException(String message, Throwable cause) {
		super(message, cause);
	}

}
