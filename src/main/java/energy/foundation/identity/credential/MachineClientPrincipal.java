package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

/**
 * Who sent a directory API request: a machine client of exactly one instance, checked on
 * this request to be neither revoked nor of a retired instance or suspended organisation.
 * Every answer is about this instance and its organisation only.
 *
 * @param organisationId the organisation of the instance
 * @param instanceId the instance the client acts for
 * @param id the machine client's id
 * @param clientId its public OAuth {@code client_id}
 */
public record MachineClientPrincipal(UUID organisationId, UUID instanceId, UUID id,
		String clientId) implements Principal {

	@Override
	public String getName() {
		return this.clientId;
	}

}
