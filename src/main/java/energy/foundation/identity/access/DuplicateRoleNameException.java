package energy.foundation.identity.access;

/**
 * Another active role of the instance has this name (ignoring case).
 */
public final class DuplicateRoleNameException extends RuntimeException {

	DuplicateRoleNameException(Throwable cause) {
		super("Another active role of the instance has this name", cause);
	}

}
