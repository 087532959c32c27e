package energy.foundation.identity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event of the change feed, as the feed and webhook requests carry it. For example:
 * <pre>
 * {"id": "…", "type": "role.granted", "occurredAt": "2026-12-03T19:30:31.123456Z",
 *  "organisationId": "…", "instanceId": "…", "position": 42, "data": {…}}
 * </pre>
 *
 * @param id the event's stable id, to drop repeats with
 * @param type what happened
 * @param occurredAt when it happened
 * @param organisationId the organisation
 * @param instanceId the instance, on the events of one instance (the role events) only;
 * left out otherwise
 * @param position the event's place in the feed
 * @param data what changed; its fields depend on the type
 */
@Schema(name = "Event", description = "One change event")
record FeedEvent(String id, String type, String occurredAt, String organisationId, @Nullable String instanceId,
		long position, JsonNode data) {

	/**
	 * The event of a feed envelope.
	 */
	static FeedEvent of(ObjectNode envelope) {
		JsonNode instanceId = envelope.get("instanceId");
		return new FeedEvent(envelope.get("id").asString(), envelope.get("type").asString(),
				envelope.get("occurredAt").asString(), envelope.get("organisationId").asString(),
				(instanceId != null) ? instanceId.asString() : null, envelope.get("position").asLong(),
				envelope.get("data"));
	}

	@Override
	@Schema(format = "uuid", description = "Stable: the same event read again has the same id")
	public String id() {
		return this.id;
	}

	@Override
	@Schema(allowableValues = { "user.created", "user.updated", "user.disabled", "user.enabled", "user.deleted",
			"group.created", "group.updated", "group.deleted", "group.member_added", "group.member_removed",
			"role.granted", "role.revoked" })
	public String type() {
		return this.type;
	}

	@Override
	@Schema(format = "date-time")
	public String occurredAt() {
		return this.occurredAt;
	}

	@Override
	@Schema(format = "uuid")
	public String organisationId() {
		return this.organisationId;
	}

	@Override
	@JsonInclude(Include.NON_NULL)
	@Schema(format = "uuid", description = "On role events only: the instance, always the token's")
	public @Nullable String instanceId() {
		return this.instanceId;
	}

	@Override
	@Schema(types = "object", description = "What changed: user, group, member or role, depending on the type")
	public JsonNode data() {
		return this.data;
	}

}
