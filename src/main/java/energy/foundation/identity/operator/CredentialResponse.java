package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.ScimCredential;
import org.jspecify.annotations.Nullable;

/**
 * A SCIM credential in a list: never its secret.
 */
record CredentialResponse(UUID id, String label, String prefix, @Nullable String createdBy, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant expiresAt, boolean expired, @Nullable Instant revokedAt,
		boolean revoked) {

	static CredentialResponse of(ScimCredential credential, Instant now) {
		return new CredentialResponse(credential.id(), credential.label(), credential.prefix(), credential.createdBy(),
				credential.createdAt(), credential.lastUsedAt(), credential.expiresAt(), credential.expiredAt(now),
				credential.revokedAt(), credential.revoked());
	}

}
