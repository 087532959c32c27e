package energy.foundation.identity.access;

/**
 * A role's name or description is malformed. The message names the rule it breaks and is
 * safe to show.
 */
public final class InvalidRoleException extends RuntimeException {

	InvalidRoleException(String message) {
		super(message);
	}

}
