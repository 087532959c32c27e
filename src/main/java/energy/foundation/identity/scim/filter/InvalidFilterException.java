package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * A filter that does not follow the grammar of RFC 7644 §3.4.2.2; the protocol layer
 * answers it with {@code 400} and {@code scimType} {@code invalidFilter} (RFC 7644
 * §3.12).
 */
public final class InvalidFilterException extends SyntaxException {

	InvalidFilterException(String reason, int position) {
		this(reason, position, null);
	}

	InvalidFilterException(String reason, int position, @Nullable Throwable cause) {
		super(reason, position, cause);
	}

}
