package energy.foundation.identity.credential;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Rotates the keys that directory API access tokens are signed with, as operators ask: a
 * new key signs from now on, and the keys it replaces go on verifying the tokens they
 * signed until those have expired.
 */
@Service
public final class TokenSigningKeyRotation {

	private final TokenSigningKeys keys;

	TokenSigningKeyRotation(TokenSigningKeys keys) {
		this.keys = keys;
	}

	/**
	 * Makes a new signing key and retires every other. This node signs with the new key
	 * at once, the others within 30 seconds; a retired key verifies the tokens it signed
	 * until the access token lifetime plus one minute after its retirement. Safe when
	 * several nodes rotate at once: afterwards exactly one key signs.
	 */
	public RotatedSigningKeys rotate() {
		return this.keys.rotate();
	}

	/**
	 * The keys that sign or still verify: the signing key first, then the retired ones,
	 * most recently retired first.
	 */
	public List<TokenSigningKey> list() {
		return this.keys.list();
	}

}
