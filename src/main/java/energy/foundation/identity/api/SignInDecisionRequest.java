package energy.foundation.identity.api;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/sign-in-decisions}: the claims the instance verified in
 * the token of the person signing in. For {@code entra}: {@code tenantId} ({@code tid}),
 * {@code objectId} ({@code oid}), and {@code preferredUsername} and {@code email} when
 * the token has them. For {@code okta}: {@code issuer} ({@code iss}), {@code subject}
 * ({@code sub}) and {@code email}.
 */
record SignInDecisionRequest(@Nullable String provider, @Nullable String tenantId, @Nullable String objectId,
		@Nullable String preferredUsername, @Nullable String email, @Nullable String issuer, @Nullable String subject) {

	@Override
	public String toString() {
		return "SignInDecisionRequest[provider=" + this.provider + "]";
	}

}
