package energy.foundation.identity.organisation;

import java.util.UUID;

/**
 * An organisation for this Entra ID tenant exists already.
 */
public final class DuplicateTenantException extends RuntimeException {

	private final UUID entraTenantId;

	DuplicateTenantException(UUID entraTenantId, Throwable cause) {
		super("An organisation for Entra tenant " + entraTenantId + " exists already", cause);
		this.entraTenantId = entraTenantId;
	}

	DuplicateTenantException(UUID entraTenantId) {
		super("An organisation for Entra tenant " + entraTenantId + " exists already");
		this.entraTenantId = entraTenantId;
	}

	public UUID entraTenantId() {
		return this.entraTenantId;
	}

}
