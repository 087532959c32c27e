package energy.foundation.identity.operator;

/**
 * An operator API request lacks a required value.
 */
final class InvalidRequestException extends RuntimeException {

	InvalidRequestException(String message) {
		super(message);
	}

}
