package energy.foundation.identity.organisation;

import java.util.UUID;

/**
 * The organisation has no instance with this id.
 */
public final class UnknownInstanceException extends RuntimeException {

	public UnknownInstanceException(UUID instanceId) {
		super("The organisation has no instance " + instanceId);
	}

}
