package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;

/**
 * An organisation as the operator API shows it, with the SCIM base URL to configure in
 * the organisation's identity provider.
 */
record OrganisationResponse(UUID id, String name, UUID entraTenantId, String status, Instant createdAt,
		String scimBaseUrl) {

	static OrganisationResponse of(Organisation organisation, String scimBaseUrl) {
		return new OrganisationResponse(organisation.id(), organisation.name(), organisation.entraTenantId(),
				organisation.status().code(), organisation.createdAt(), scimBaseUrl);
	}

}
