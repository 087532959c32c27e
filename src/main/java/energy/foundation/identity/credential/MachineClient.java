package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A machine client of the directory API as administrators see it: never its secret or
 * hash. A platform instance authenticates with it at the token endpoint (OAuth 2.0 client
 * credentials, RFC 6749 §4.4) and acts for exactly one instance.
 *
 * @param id the client's id
 * @param clientId the public OAuth {@code client_id}
 * @param organisationId the organisation it belongs to
 * @param instanceId the instance it acts for
 * @param label what the administrator called it (for example "Production backend")
 * @param secretPrefix the first characters of the secret, to recognise it
 * @param createdBy who created it, as people read it, when known
 * @param createdAt when it was created
 * @param lastUsedAt when it last obtained a token, to the minute
 * @param revokedAt when it was revoked, if it was
 */
public record MachineClient(UUID id, String clientId, UUID organisationId, UUID instanceId, String label,
		String secretPrefix, @Nullable String createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	/**
	 * Whether the client has been revoked.
	 */
	public boolean revoked() {
		return this.revokedAt != null;
	}

}
