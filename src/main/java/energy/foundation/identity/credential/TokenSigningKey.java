package energy.foundation.identity.credential;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A key that directory API access tokens are signed with, as operators see it: never the
 * key itself.
 *
 * @param keyId the key id, the {@code kid} of the tokens it signs and of its entry in the
 * JWK Set
 * @param createdAt when it was made
 * @param retiredAt when it stopped signing, if it did
 * @param verifiesUntil when it stops verifying and leaves the JWK Set, if it is retired
 */
public record TokenSigningKey(String keyId, Instant createdAt, @Nullable Instant retiredAt,
		@Nullable Instant verifiesUntil) {

	/**
	 * Whether new tokens are signed with this key.
	 */
	public boolean signing() {
		return this.retiredAt == null;
	}

}
