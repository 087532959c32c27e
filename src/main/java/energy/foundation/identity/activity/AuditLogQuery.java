package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which audit log entries to show, newest first. Every criterion is optional.
 *
 * @param organisationId only actions on this organisation
 * @param actorKind only actions by this kind of actor
 * @param action only this action, for example {@code organisation.suspended}
 * @param from only actions at or after this time
 * @param to only actions before this time
 * @param after the {@code nextCursor} of the previous page, or {@code null} for the first
 * page
 * @param size entries per page, from 1 to {@value #MAX_SIZE}; other values are brought
 * into that range
 */
public record AuditLogQuery(@Nullable UUID organisationId, @Nullable ActorKind actorKind, @Nullable String action,
		@Nullable Instant from, @Nullable Instant to, @Nullable String after, int size) {

	/**
	 * The largest page.
	 */
	public static final int MAX_SIZE = 200;

	public AuditLogQuery {
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	/**
	 * The first page of one organisation's actions, {@code size} entries long.
	 */
	public static AuditLogQuery ofOrganisation(UUID organisationId, int size) {
		return new AuditLogQuery(organisationId, null, null, null, null, null, size);
	}

	/**
	 * The same criteria, for the page after the given cursor.
	 */
	public AuditLogQuery after(@Nullable String cursor) {
		return new AuditLogQuery(this.organisationId, this.actorKind, this.action, this.from, this.to, cursor,
				this.size);
	}

}
