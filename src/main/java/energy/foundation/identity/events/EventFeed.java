package energy.foundation.identity.events;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The change feed of an instance. Placeholder of the contract on the directory API's
 * branch: it answers that nothing is new. The events feature's implementation replaces it
 * when both are merged.
 */
@Service
public final class EventFeed {

	/**
	 * The most events one read answers.
	 */
	public static final int MAX_LIMIT = 1000;

	/**
	 * The events of an instance after a cursor.
	 */
	public FeedPage read(UUID organisationId, UUID instanceId, long after, int limit) {
		return new FeedPage(List.of(), after);
	}

}
