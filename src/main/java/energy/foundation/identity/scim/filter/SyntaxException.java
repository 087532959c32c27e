package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * Text that does not follow a grammar of RFC 7644, with what is wrong and where. The
 * message is safe to show to the client: it names the problem and its character position
 * (counted from 0), and quotes at most a short excerpt, never a comparison value.
 */
public abstract class SyntaxException extends RuntimeException {

	private final String reason;

	private final int position;

	SyntaxException(String reason, int position, @Nullable Throwable cause) {
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
