package energy.foundation.identity.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A role of an instance, such as "Reader": what the instance lets its holders do is the
 * instance's business; this service keeps who holds it.
 *
 * @param id the role's id
 * @param organisationId the organisation that runs the instance
 * @param instanceId the instance the role belongs to
 * @param name 1 to 100 characters, unique ignoring case among the instance's active roles
 * @param description what the role allows, for people; may be empty
 * @param status whether it can be held
 * @param createdAt when it was created
 * @param retiredAt when it was retired, if it was
 */
public record Role(UUID id, UUID organisationId, UUID instanceId, String name, String description, RoleStatus status,
		Instant createdAt, @Nullable Instant retiredAt) {

	/**
	 * Whether the role has been retired: nobody holds it any more.
	 */
	public boolean retired() {
		return this.status == RoleStatus.RETIRED;
	}

}
