package energy.foundation.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of the instance's change feed.
 *
 * @param events the events after the cursor, in order
 * @param next what to pass as {@code after} for the next page; after a page that is not
 * full it may pass the positions of other instances' and organisations' events, and it
 * never goes back
 */
record FeedResponse(List<FeedEvent> events, @Schema(description = "The cursor for the next read") long next) {

}
