package energy.foundation.identity.events;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One page of an instance's change feed.
 *
 * @param events the events after the cursor, in feed order, each as its wire envelope
 * @param next the cursor to read the following page with; the cursor given when nothing
 * is new
 */
public record FeedPage(List<ObjectNode> events, long next) {

}
