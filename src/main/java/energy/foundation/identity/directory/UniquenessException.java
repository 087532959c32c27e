package energy.foundation.identity.directory;

/**
 * The change would give a resource the same unique name ({@code userName} of a user,
 * {@code displayName} of a group, compared case-insensitively) as another resource of the
 * organisation (RFC 7644 §3.3, {@code uniqueness}).
 */
public final class UniquenessException extends RuntimeException {

	private final String attribute;

	public UniquenessException(String attribute) {
		super("Another resource already has this " + attribute);
		this.attribute = attribute;
	}

	UniquenessException(String attribute, Throwable cause) {
		super("Another resource already has this " + attribute, cause);
		this.attribute = attribute;
	}

	/**
	 * The unique attribute in conflict: {@code userName} or {@code displayName}.
	 */
	public String attribute() {
		return this.attribute;
	}

}
