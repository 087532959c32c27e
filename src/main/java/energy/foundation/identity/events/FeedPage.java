package energy.foundation.identity.events;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One page of an instance's change feed.
 *
 * @param events the events after the cursor, in feed order, each as its wire envelope:
 * <pre>
 * {"id": "…", "type": "role.granted", "occurredAt": "2026-12-03T19:30:31.123456Z",
 *  "organisationId": "…", "instanceId": "…", "position": 42, "data": {…}}
 * </pre> ({@code instanceId} only on events of one instance, the role events)
 * @param next the cursor to read the following page with: the position of the last event
 * of a full page; after a page that is not full, the last position given to any event
 * when the page was read (every event up to it was read or belongs to another
 * organisation or instance), or the cursor given if that is later. It never goes back.
 */
public record FeedPage(List<ObjectNode> events, long next) {

	public FeedPage {
		events = List.copyOf(events);
	}

}
