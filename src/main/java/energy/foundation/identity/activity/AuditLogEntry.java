package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored audited action.
 *
 * @param id the entry's id
 * @param occurredAt when it was recorded
 * @param actor who acted
 * @param organisationId the organisation acted on, if any
 * @param action what was done, for example {@code organisation.suspended}
 * @param target what it was done to
 * @param detail more words for people
 */
public record AuditLogEntry(UUID id, Instant occurredAt, Actor actor, @Nullable UUID organisationId, String action,
		@Nullable String target, @Nullable String detail) {

}
