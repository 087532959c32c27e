package energy.foundation.identity.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A webhook endpoint of an instance with its delivery state, as the admin app shows it.
 * It holds no secret: only the first characters of each, to tell them apart.
 *
 * @param id the endpoint's id
 * @param organisationId the organisation
 * @param instanceId the instance whose events it receives
 * @param url where events are posted
 * @param active whether events are delivered to it (a disabled endpoint keeps its cursor)
 * @param createdAt when it was added
 * @param createdBy who added it, if known
 * @param secretHint the start of the current signing secret
 * @param previousSecretHint the start of the previous secret while it still signs
 * @param previousSecretUntil until when the previous secret signs
 * @param deliveredPosition the feed position of the last event the receiver accepted
 * @param attempts failed attempts since the last success
 * @param firstFailureAt when the current run of failures began
 * @param nextAttemptAt when the next attempt is due after a failure
 * @param lastAttemptAt when a request was last sent
 * @param lastSuccessAt when the receiver last accepted a request
 * @param lastError what went wrong with the last failed attempt, in words
 * @param pendingEvents events after the cursor, counted up to
 * {@link #PENDING_COUNT_LIMIT}
 * @param oldestPendingAt when the oldest of them happened
 * @param deadLetters dead letters waiting for redelivery (neither queued nor
 * redelivered), counted up to {@link #PENDING_COUNT_LIMIT}
 */
public record WebhookEndpoint(UUID id, UUID organisationId, UUID instanceId, String url, boolean active,
		Instant createdAt, @Nullable String createdBy, String secretHint, @Nullable String previousSecretHint,
		@Nullable Instant previousSecretUntil, long deliveredPosition, int attempts, @Nullable Instant firstFailureAt,
		@Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Instant lastSuccessAt,
		@Nullable String lastError, long pendingEvents, @Nullable Instant oldestPendingAt, long deadLetters) {

	/**
	 * The most pending events counted; more are shown as this many.
	 */
	public static final long PENDING_COUNT_LIMIT = 10_000;

	/**
	 * Whether the last attempt failed.
	 */
	public boolean failing() {
		return this.firstFailureAt != null;
	}

	/**
	 * Ids only: a URL may carry a receiver's own token.
	 */
	@Override
	public String toString() {
		return "WebhookEndpoint[id=" + this.id + ", instanceId=" + this.instanceId + ", active=" + this.active
				+ ", deliveredPosition=" + this.deliveredPosition + "]";
	}

}
