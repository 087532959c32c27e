package energy.foundation.identity.access;

/**
 * The organisation has no user or group with this id to assign a role to.
 */
public final class UnknownSubjectException extends RuntimeException {

	UnknownSubjectException(SubjectType type) {
		super("The organisation has no such " + type.code());
	}

}
