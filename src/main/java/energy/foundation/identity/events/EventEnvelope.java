package energy.foundation.identity.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored change event into its wire envelope, the same in the feed and in a
 * webhook request.
 */
final class EventEnvelope {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private EventEnvelope() {
	}

	/**
	 * The envelope of a row holding {@link Outbox#ID}, {@link Outbox#TYPE},
	 * {@link Outbox#OCCURRED_AT}, {@link Outbox#ORGANISATION_ID},
	 * {@link Outbox#INSTANCE_ID}, {@link Outbox#POSITION} and {@link Outbox#DATA}.
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
