package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

/**
 * Who sent a SCIM request: a SCIM credential of exactly one organisation. Every SCIM
 * operation acts on this organisation's data only.
 *
 * @param organisationId the organisation the credential belongs to
 * @param credentialId the credential that authenticated the request
 */
public record ScimPrincipal(UUID organisationId, UUID credentialId) implements Principal {

	@Override
	public String getName() {
		return this.credentialId.toString();
	}

}
