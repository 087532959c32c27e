package energy.foundation.identity.directory;

/**
 * A group member that is not a user or group of the organisation, or a group named as its
 * own member. The whole change is rejected.
 */
public final class InvalidMemberException extends RuntimeException {

	public InvalidMemberException(String message) {
		super(message);
	}

}
