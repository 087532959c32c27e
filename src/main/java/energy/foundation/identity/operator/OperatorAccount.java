package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A support operator's account for the operator console, without its password hash.
 *
 * @param id the account's id
 * @param username the name the operator signs in with, unique ignoring case
 * @param displayName how the operator is shown on pages and in the audit log
 * @param enabled whether the account may sign in
 * @param createdAt when the account was created
 * @param lastSignedInAt when the operator last signed in, if ever
 */
public record OperatorAccount(UUID id, String username, String displayName, boolean enabled, Instant createdAt,
		@Nullable Instant lastSignedInAt) {

}
