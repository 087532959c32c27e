package energy.foundation.identity.directory;

/**
 * A filter the directory cannot evaluate: an operator that does not apply to the
 * attribute's type, or a literal of the wrong type (RFC 7644 §3.4.2.2,
 * {@code invalidFilter}).
 */
public final class UnsupportedFilterException extends RuntimeException {

	public UnsupportedFilterException(String message) {
		super(message);
	}

}
