package energy.foundation.identity.api;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/sign-in-decisions}: the claims the instance verified in
 * the token of the person signing in. For {@code entra}: {@code tenantId} ({@code tid}),
 * {@code objectId} ({@code oid}), and {@code preferredUsername} when the token has it.
 * For {@code okta}: {@code issuer} ({@code iss}) and {@code subject} ({@code sub}).
 * {@code email} is accepted but never used: Entra ID does not verify it.
 */
record SignInDecisionRequest(@Nullable String provider, @Nullable String tenantId, @Nullable String objectId,
		@Nullable String preferredUsername, @Nullable String email, @Nullable String issuer, @Nullable String subject) {

	@Override
	public String toString() {
		return "SignInDecisionRequest[provider=" + this.provider + "]";
	}

}
