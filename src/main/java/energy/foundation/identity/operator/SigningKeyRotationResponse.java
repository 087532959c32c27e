package energy.foundation.identity.operator;

import java.util.List;

import energy.foundation.identity.credential.RotatedSigningKeys;

/**
 * The answer to a rotation of the token signing keys. For example: <pre>
 * {"signingKeyId": "5f0c…", "retiredKeys": [{"keyId": "9a3e…", "status": "retired",
 *   "createdAt": "…", "retiredAt": "…", "verifiesUntil": "…"}]}
 * </pre>
 */
record SigningKeyRotationResponse(String signingKeyId, List<TokenSigningKeyResponse> retiredKeys) {

	static SigningKeyRotationResponse of(RotatedSigningKeys rotated) {
		return new SigningKeyRotationResponse(rotated.signingKey().keyId(),
				rotated.retiredKeys().stream().map(TokenSigningKeyResponse::of).toList());
	}

}
