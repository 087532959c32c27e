package energy.foundation.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of the instance's change feed.
 *
 * @param events the events after the cursor, in order, each with {@code id},
 * {@code type}, {@code occurredAt}, {@code organisationId}, {@code instanceId} (role
 * events), {@code position} and {@code data}
 * @param next what to pass as {@code after} for the next page; after a page that is not
 * full it may pass the positions of other instances' and organisations' events, and it
 * never goes back
 */
record FeedResponse(@ArraySchema(schema = @Schema(type = "object",
		description = "An event: id, type, occurredAt, organisationId, instanceId (role events), position, data")) List<ObjectNode> events,
		@Schema(description = "The cursor for the next read") long next) {

}
