package energy.foundation.identity.events;

import java.io.Serial;

/**
 * Thrown when a webhook endpoint cannot be added as asked (a URL that cannot be used, too
 * many endpoints); the message says why in words for the person who asked.
 */
public final class InvalidWebhookException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	InvalidWebhookException(String message) {
		super(message);
	}

}
