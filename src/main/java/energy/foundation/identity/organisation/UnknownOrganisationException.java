package energy.foundation.identity.organisation;

import java.util.UUID;

/**
 * No organisation has this id.
 */
public final class UnknownOrganisationException extends RuntimeException {

	public UnknownOrganisationException(UUID organisationId) {
		super("No organisation " + organisationId);
	}

}
