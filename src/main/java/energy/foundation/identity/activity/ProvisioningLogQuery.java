package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which entries of one organisation's provisioning log to show, newest first. Every
 * criterion is optional.
 *
 * @param outcome only accepted or only rejected requests
 * @param operation only this operation
 * @param from only requests received at or after this time
 * @param to only requests received before this time
 * @param resourceId only requests about this user or group (its history)
 * @param after the {@code nextCursor} of the previous page, or {@code null} for the first
 * page
 * @param size entries per page, from 1 to {@value #MAX_SIZE}; other values are brought
 * into that range
 */
public record ProvisioningLogQuery(@Nullable ProvisioningOutcome outcome, @Nullable ProvisioningOperation operation,
		@Nullable Instant from, @Nullable Instant to, @Nullable UUID resourceId, @Nullable String after, int size) {

	/**
	 * The largest page.
	 */
	public static final int MAX_SIZE = 200;

	public ProvisioningLogQuery {
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	/**
	 * The first page of everything, {@code size} entries long.
	 */
	public static ProvisioningLogQuery latest(int size) {
		return new ProvisioningLogQuery(null, null, null, null, null, null, size);
	}

	/**
	 * The same criteria, for the page after the given cursor.
	 */
	public ProvisioningLogQuery after(@Nullable String cursor) {
		return new ProvisioningLogQuery(this.outcome, this.operation, this.from, this.to, this.resourceId, cursor,
				this.size);
	}

}
