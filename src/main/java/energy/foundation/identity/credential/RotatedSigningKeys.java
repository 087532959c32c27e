package energy.foundation.identity.credential;

import java.util.List;

/**
 * What a rotation of the token signing keys did.
 *
 * @param signingKey the new key, which signs every token from now on
 * @param retiredKeys the keys that signed until now: they verify the tokens they signed
 * until {@link TokenSigningKey#verifiesUntil()}
 */
public record RotatedSigningKeys(TokenSigningKey signingKey, List<TokenSigningKey> retiredKeys) {

	public RotatedSigningKeys {
		retiredKeys = List.copyOf(retiredKeys);
	}

}
