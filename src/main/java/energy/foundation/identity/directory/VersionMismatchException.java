package energy.foundation.identity.directory;

/**
 * The resource changed since the version the client based its request on (RFC 7644 §3.14,
 * {@code If-Match}).
 */
public final class VersionMismatchException extends RuntimeException {

	public VersionMismatchException() {
		super("The resource was modified since the version given");
	}

}
