package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * A PATCH operation {@code path} that does not follow the grammar of RFC 7644 §3.5.2; the
 * protocol layer answers it with {@code 400} and {@code scimType} {@code invalidPath}
 * (RFC 7644 §3.12). When the value filter inside {@code [...]} was the problem, the cause
 * is the {@link InvalidFilterException}. The message is safe to show to the client: it
 * says what is wrong and at which character position (counted from 0), and quotes at most
 * a short excerpt of the path.
 */
public final class InvalidPathException extends RuntimeException {

	private final String reason;

	private final int position;

	InvalidPathException(String reason, int position, @Nullable Throwable cause) {
		super(reason + " at position " + position, cause);
		this.reason = reason;
		this.position = position;
	}

	/**
	 * What is wrong, without the position.
	 */
	public String reason() {
		return this.reason;
	}

	/**
	 * The character position (from 0) where the problem was found.
	 */
	public int position() {
		return this.position;
	}

}
