package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator token just issued, with its value; {@link #toString()} masks the value.
 *
 * @param id the token's id
 * @param label what the token is called
 * @param token the bearer token
 * @param prefix the first characters of the token
 * @param createdAt when it was issued
 */
public record IssuedOperatorToken(UUID id, String label, String token, String prefix, Instant createdAt) {

	@Override
	public String toString() {
		return "IssuedOperatorToken[id=" + this.id + ", prefix=" + this.prefix + ", token=******]";
	}

}
