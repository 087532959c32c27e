package energy.foundation.identity.access;

/**
 * A change of roles or assignments cannot be made in the current state: the role or the
 * instance is retired. The message says which and is safe to show.
 */
public final class AccessChangeRefusedException extends RuntimeException {

	AccessChangeRefusedException(String message) {
		super(message);
	}

}
