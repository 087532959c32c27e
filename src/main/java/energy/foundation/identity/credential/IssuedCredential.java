package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A SCIM credential just issued, with its secret. This is the only time the secret exists
 * outside the client that stores it; {@link #toString()} masks it.
 *
 * @param id the credential's id
 * @param organisationId the organisation it acts for
 * @param label what the administrator called it
 * @param secret the bearer token to configure in the identity provider
 * @param prefix the first characters of the secret
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, if ever
 */
public record IssuedCredential(UUID id, UUID organisationId, String label, String secret, String prefix,
		Instant createdAt, @Nullable Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedCredential[id=" + this.id + ", organisationId=" + this.organisationId + ", prefix=" + this.prefix
				+ ", secret=******]";
	}

}
