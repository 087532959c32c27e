package energy.foundation.identity.organisation;

/**
 * An organisation could not be created or changed because a value is malformed. The
 * message names the value and the rule it breaks and is safe to show to the operator.
 */
public final class InvalidOrganisationException extends RuntimeException {

	InvalidOrganisationException(String message) {
		super(message);
	}

	InvalidOrganisationException(String message, Throwable cause) {
		super(message, cause);
	}

}
