package energy.foundation.identity.signin;

import java.time.Instant;
import java.util.UUID;

/**
 * An identity of an identity provider linked to a provisioned user.
 *
 * @param organisationId the user's organisation
 * @param provider {@code entra} or {@code okta}
 * @param issuer the Entra tenant id, or the Okta issuer
 * @param subject the Entra object id, or the Okta subject
 * @param userId the user
 * @param linkedAt when the link was made
 */
record IdentityLink(UUID organisationId, String provider, String issuer, String subject, UUID userId,
		Instant linkedAt) {

}
