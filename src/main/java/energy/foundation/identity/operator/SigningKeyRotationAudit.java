package energy.foundation.identity.operator;

import java.util.stream.Collectors;

import energy.foundation.identity.credential.RotatedSigningKeys;
import energy.foundation.identity.credential.TokenSigningKey;

/**
 * How a rotation of the token signing keys is written to the audit log, from the console
 * and from the operator API alike: the new key's id as target, and the key ids only.
 */
final class SigningKeyRotationAudit {

	static final String ACTION = "token-signing-key.rotated";

	private SigningKeyRotationAudit() {
	}

	static String detail(RotatedSigningKeys rotated) {
		String retired = rotated.retiredKeys().stream().map(TokenSigningKey::keyId).collect(Collectors.joining(", "));
		return "signing key " + rotated.signingKey().keyId() + ", retired " + (retired.isEmpty() ? "none" : retired);
	}

}
