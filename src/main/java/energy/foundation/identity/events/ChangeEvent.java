package energy.foundation.identity.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to record in the outbox.
 *
 * @param organisationId the organisation whose directory or roles changed
 * @param instanceId the instance a role event concerns; {@code null} for changes of
 * users, groups and memberships, which every instance of the organisation receives
 * @param type what happened
 * @param userId the user the event is about, if any: events of one user are delivered in
 * the order they were recorded
 * @param groupId the group the event is about, if any
 * @param data the event's {@code data} object as delivered
 */
public record ChangeEvent(UUID organisationId, @Nullable UUID instanceId, EventType type, @Nullable UUID userId,
		@Nullable UUID groupId, ObjectNode data) {

	/**
	 * Names and ids only: the data holds personal data.
	 */
	@Override
	public String toString() {
		return "ChangeEvent[type=" + this.type.wireName() + ", organisationId=" + this.organisationId + ", instanceId="
				+ this.instanceId + ", userId=" + this.userId + ", groupId=" + this.groupId + "]";
	}

}
