package energy.foundation.identity.organisation;

/**
 * The instance is retired and can no longer be changed.
 */
public final class InstanceRetiredException extends RuntimeException {

	public InstanceRetiredException(String message) {
		super(message);
	}

}
