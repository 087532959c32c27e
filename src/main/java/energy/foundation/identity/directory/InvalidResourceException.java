package energy.foundation.identity.directory;

/**
 * Attributes that cannot be stored: a missing {@code userName} or group
 * {@code displayName}, or a value longer than the storage allows.
 */
public final class InvalidResourceException extends RuntimeException {

	public InvalidResourceException(String message) {
		super(message);
	}

}
