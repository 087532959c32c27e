package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * A PATCH operation {@code path} that does not follow the grammar of RFC 7644 §3.5.2; the
 * protocol layer answers it with {@code 400} and {@code scimType} {@code invalidPath}
 * (RFC 7644 §3.12). When the value filter inside {@code [...]} was the problem, the cause
 * is the {@link InvalidFilterException}.
 */
public final class InvalidPathException extends SyntaxException {

	InvalidPathException(String reason, int position, @Nullable Throwable cause) {
		super(reason, position, cause);
	}

}
