package energy.foundation.identity.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A deployment of the product that an organisation runs, for example "Production" or
 * "Test".
 *
 * @param id the instance's id
 * @param organisationId the organisation that runs it
 * @param name its name, 1 to 100 characters, unique ignoring case among the
 * organisation's active instances
 * @param status whether it is in use
 * @param createdAt when it was created
 * @param retiredAt when it was retired, if it was
 */
public record Instance(UUID id, UUID organisationId, String name, InstanceStatus status, Instant createdAt,
		@Nullable Instant retiredAt) {

	/**
	 * Whether the instance has been retired.
	 */
	public boolean retired() {
		return this.status == InstanceStatus.RETIRED;
	}

}
