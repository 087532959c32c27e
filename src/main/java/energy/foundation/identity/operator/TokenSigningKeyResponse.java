package energy.foundation.identity.operator;

import java.time.Instant;

import energy.foundation.identity.credential.TokenSigningKey;
import org.jspecify.annotations.Nullable;

/**
 * A token signing key as the operator API shows it, never the key itself; {@code status}
 * is {@code signing} or {@code retired}, and a retired key verifies the tokens it signed
 * until {@code verifiesUntil}.
 */
record TokenSigningKeyResponse(String keyId, String status, Instant createdAt, @Nullable Instant retiredAt,
		@Nullable Instant verifiesUntil) {

	static TokenSigningKeyResponse of(TokenSigningKey key) {
		return new TokenSigningKeyResponse(key.keyId(), key.signing() ? "signing" : "retired", key.createdAt(),
				key.retiredAt(), key.verifiesUntil());
	}

}
