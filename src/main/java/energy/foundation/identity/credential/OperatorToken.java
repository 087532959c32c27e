package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An operator token as a list shows it: never its value or hash.
 *
 * @param id the token's id
 * @param label what the token is called
 * @param prefix the first characters of the token, to recognise it
 * @param createdAt when it was issued
 * @param lastUsedAt when it last authenticated a request, to the minute
 * @param revokedAt when it was revoked, if it was
 */
public record OperatorToken(UUID id, String label, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	/**
	 * Whether the token has been revoked.
	 */
	public boolean revoked() {
		return this.revokedAt != null;
	}

}
