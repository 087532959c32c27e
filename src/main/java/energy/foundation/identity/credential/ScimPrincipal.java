package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

/**
 * Who sent a SCIM request: a SCIM credential of exactly one organisation. Every SCIM
 * operation acts on this organisation's data only.
 *
 * @param organisationId the organisation the credential belongs to
 * @param credentialId the credential that authenticated the request
 * @param credentialPrefix the first characters of its secret, which people recognise it
 * by
 */
public record ScimPrincipal(UUID organisationId, UUID credentialId, String credentialPrefix) implements Principal {

	/**
	 * The request attribute that holds the principal of an authenticated SCIM request,
	 * for filters that run after the security chain has cleared its context.
	 */
	public static final String REQUEST_ATTRIBUTE = ScimPrincipal.class.getName();

	@Override
	public String getName() {
		return this.credentialId.toString();
	}

}
