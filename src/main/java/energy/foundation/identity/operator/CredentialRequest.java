package energy.foundation.identity.operator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /operator/api/organisations/{id}/scim-credentials}.
 *
 * @param label what to call the credential
 * @param expiresAt when it stops working, or {@code null} for never
 */
record CredentialRequest(@Nullable String label, @Nullable Instant expiresAt) {

}
