package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

import energy.foundation.identity.organisation.OrganisationStatus;

/**
 * Who sent a SCIM request: a SCIM credential of exactly one organisation. Every SCIM
 * operation acts on this organisation's data only.
 *
 * @param organisationId the organisation the credential belongs to
 * @param credentialId the credential that authenticated the request
 * @param credentialPrefix the first characters of its secret, which people recognise it
 * by
 * @param organisationStatus the organisation's status when the request was authenticated
 */
public record ScimPrincipal(UUID organisationId, UUID credentialId, String credentialPrefix,
		OrganisationStatus organisationStatus) implements Principal {

	/**
	 * The request attribute that holds the principal of an authenticated SCIM request,
	 * for filters that run after the security chain has cleared its context.
	 */
	public static final String REQUEST_ATTRIBUTE = ScimPrincipal.class.getName();

	/**
	 * Whether the organisation may be served: a suspended organisation's requests are
	 * refused.
	 */
	public boolean organisationActive() {
		return this.organisationStatus == OrganisationStatus.ACTIVE;
	}

	@Override
	public String getName() {
		return this.credentialId.toString();
	}

}
