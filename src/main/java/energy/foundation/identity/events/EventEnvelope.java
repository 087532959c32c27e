package energy.foundation.identity.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored change event into its wire envelope, the same in the feed and in a
 * webhook request.
 */
final class EventEnvelope {

	/**
	 * The columns of a stored event that {@link #of} reads.
	 */
	static final List<Field<?>> FIELDS = List.of(Outbox.ID, Outbox.TYPE, Outbox.OCCURRED_AT, Outbox.ORGANISATION_ID,
			Outbox.INSTANCE_ID, Outbox.POSITION, Outbox.DATA);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private EventEnvelope() {
	}

	/**
	 * The envelope of a row holding the {@link #FIELDS}.
	 */
	static ObjectNode of(Record row) {
		ObjectNode envelope = MAPPER.createObjectNode();
		envelope.put("id", row.get(Outbox.ID).toString());
		envelope.put("type", row.get(Outbox.TYPE));
		OffsetDateTime occurredAt = row.get(Outbox.OCCURRED_AT);
		envelope.put("occurredAt", occurredAt.toInstant().toString());
		envelope.put("organisationId", row.get(Outbox.ORGANISATION_ID).toString());
		UUID instanceId = row.get(Outbox.INSTANCE_ID);
		if (instanceId != null) {
			envelope.put("instanceId", instanceId.toString());
		}
		envelope.put("position", row.get(Outbox.POSITION));
		JsonNode data = MAPPER.readTree(row.get(Outbox.DATA));
		envelope.set("data", data);
		return envelope;
	}

	/**
	 * A webhook request body: {@code {"events":[...]}}.
	 */
	static byte[] body(Iterable<ObjectNode> events) {
		ObjectNode body = MAPPER.createObjectNode();
		events.forEach(body.putArray("events")::add);
		return MAPPER.writeValueAsBytes(body);
	}

}
