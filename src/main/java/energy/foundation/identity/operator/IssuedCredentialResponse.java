package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.IssuedCredential;
import org.jspecify.annotations.Nullable;

/**
 * A newly issued SCIM credential with its secret, shown once.
 */
record IssuedCredentialResponse(UUID id, String label, String secret, String prefix, Instant createdAt,
		@Nullable Instant expiresAt, String scimBaseUrl) {

	static IssuedCredentialResponse of(IssuedCredential issued, String scimBaseUrl) {
		return new IssuedCredentialResponse(issued.id(), issued.label(), issued.secret(), issued.prefix(),
				issued.createdAt(), issued.expiresAt(), scimBaseUrl);
	}

	@Override
	public String toString() {
		return "IssuedCredentialResponse[id=" + this.id + ", prefix=" + this.prefix + ", secret=******]";
	}

}
