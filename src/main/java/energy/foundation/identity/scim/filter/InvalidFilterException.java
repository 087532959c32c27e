package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * A filter that does not follow the grammar of RFC 7644 §3.4.2.2; the protocol layer
 * answers it with {@code 400} and {@code scimType} {@code invalidFilter} (RFC 7644
 * §3.12). The message is safe to show to the client: it says what is wrong and at which
 * character position (counted from 0), and quotes at most a short excerpt of the filter,
 * never a comparison value.
 */
public final class InvalidFilterException extends RuntimeException {

	private final String reason;

	private final int position;

	InvalidFilterException(String reason, int position) {
		this(reason, position, null);
	}

	InvalidFilterException(String reason, int position, @Nullable Throwable cause) {
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
