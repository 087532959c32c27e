package energy.foundation.identity.operator;

/**
 * The operator API has nothing at the requested id.
 */
final class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
