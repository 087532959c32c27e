package energy.foundation.identity.activity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One action to audit. Keep secrets and personal attribute values out of {@code target}
 * and {@code detail}: name things by id, label or prefix.
 *
 * @param actor who acted
 * @param organisationId the organisation acted on, if any
 * @param action what was done, as {@code noun.past-participle}, for example
 * {@code organisation.suspended} or {@code scim-credential.revoked}
 * @param target what it was done to, for example a credential's id
 * @param detail more words for people, for example "label Entra production"
 */
public record AuditEvent(Actor actor, @Nullable UUID organisationId, String action, @Nullable String target,
		@Nullable String detail) {

}
