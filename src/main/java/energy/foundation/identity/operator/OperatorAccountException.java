package energy.foundation.identity.operator;

import java.io.Serial;

/**
 * An operator account request that cannot be carried out; the message says why in words
 * that may be shown on the form.
 */
public final class OperatorAccountException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	OperatorAccountException(String message) {
		super(message);
	}

}
