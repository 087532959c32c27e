package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A SCIM credential as the organisation's administrators see it: never its secret or
 * hash.
 *
 * @param id the credential's id
 * @param organisationId the organisation it acts for
 * @param label what the administrator called it (for example "Entra ID production")
 * @param prefix the first characters of the secret, to recognise it
 * @param createdBy who issued it (for example {@code operator token fiop_AbCdEfG}), or
 * {@code null} when it was issued before this was recorded
 * @param createdAt when it was issued
 * @param lastUsedAt when it last authenticated a request, to the minute
 * @param expiresAt when it stops working, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record ScimCredential(UUID id, UUID organisationId, String label, String prefix, @Nullable String createdBy,
		Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

	/**
	 * Whether the credential has been revoked.
	 */
	public boolean revoked() {
		return this.revokedAt != null;
	}

	/**
	 * Whether the credential has expired at the given time.
	 */
	public boolean expiredAt(Instant now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

}
