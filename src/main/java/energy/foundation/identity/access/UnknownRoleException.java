package energy.foundation.identity.access;

/**
 * The organisation has no role with this id (another organisation's roles are unknown
 * too).
 */
public final class UnknownRoleException extends RuntimeException {

	UnknownRoleException() {
		super("The organisation has no such role");
	}

}
