package energy.foundation.identity.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event an endpoint did not accept within the retry window.
 *
 * @param id the dead letter's id
 * @param endpointId the endpoint
 * @param position the event's feed position
 * @param eventId the event's id
 * @param eventType the event's wire type, such as {@code user.updated}
 * @param deadAt when it was given up on
 * @param attempts how many attempts had failed by then (or since, for a failed
 * redelivery)
 * @param lastError what went wrong last, in words
 * @param state whether it waits, is queued for redelivery or was redelivered
 * @param requestedAt when redelivery was last asked for
 * @param requestedBy who asked for it
 * @param redeliveredAt when the receiver accepted the redelivery
 */
public record WebhookDeadLetter(UUID id, UUID endpointId, long position, UUID eventId, String eventType, Instant deadAt,
		int attempts, @Nullable String lastError, State state, @Nullable Instant requestedAt,
		@Nullable String requestedBy, @Nullable Instant redeliveredAt) {

	/**
	 * Where a dead letter stands.
	 */
	public enum State {

		/** Waiting for a tenant administrator to redeliver it. */
		DEAD("dead"),

		/** Redelivery asked for; the next attempt sends it. */
		QUEUED("queued"),

		/** The receiver accepted the redelivery. */
		REDELIVERED("redelivered");

		private final String code;

		State(String code) {
			this.code = code;
		}

		/**
		 * The value in the {@code state} column.
		 */
		public String code() {
			return this.code;
		}

		static State ofCode(String code) {
			for (State state : values()) {
				if (state.code.equals(code)) {
					return state;
				}
			}
			throw new IllegalArgumentException("Unknown dead letter state " + code);
		}

	}

}
