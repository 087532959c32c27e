package energy.foundation.identity.signin;

import java.time.Instant;
import java.util.UUID;

/**
 * An identity of an identity provider linked to a provisioned user in one instance. Each
 * instance keeps its own links, so that what one instance asks can never change whom a
 * person is in another.
 *
 * @param organisationId the user's organisation
 * @param instanceId the instance the link holds in
 * @param provider {@code entra} or {@code okta}
 * @param issuer the Entra tenant id, or the Okta issuer
 * @param subject the Entra object id, or the Okta subject
 * @param userId the user
 * @param linkedAt when the link was made
 */
record IdentityLink(UUID organisationId, UUID instanceId, String provider, String issuer, String subject, UUID userId,
		Instant linkedAt) {

}
