package energy.foundation.identity.api;

import java.util.List;

import energy.foundation.identity.credential.MachineClientPrincipal;
import energy.foundation.identity.events.CursorBeyondFeedException;
import energy.foundation.identity.events.CursorPrunedException;
import energy.foundation.identity.events.EventFeed;
import energy.foundation.identity.events.FeedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed of the token's instance: the organisation's user, group and membership
 * events and the instance's role events, after a cursor, for instances that poll rather
 * than receive webhooks.
 */
@RestController
@Tag(name = "events", description = "The change feed of the instance")
class EventsApiController {

	private static final List<String> PARAMETERS = List.of("after", "limit");

	private final EventFeed feed;

	EventsApiController(EventFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = DirectoryApiUrls.API_PATH + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "readEvents", summary = "Read the events after a cursor, in order",
			description = "Start with after=0 and pass the answer's next as after to continue. Every event has a "
					+ "stable id: the same event may be read again after a failure, never one lost. The feed "
					+ "holds the events of the retention period (30 days by default): after=0 reads from the "
					+ "oldest event within it, and an after from before events were removed is a 410 (read the users "
					+ "again, then the feed from 0). A parameter other than after and limit is a 400, and so is "
					+ "an after beyond the last event (a cursor never received).")
	FeedResponse read(@AuthenticationPrincipal MachineClientPrincipal client, HttpServletRequest request,
			@Parameter(description = "0 for the beginning, else the next of the read before",
					schema = @Schema(type = "integer", format = "int64", minimum = "0",
							defaultValue = "0")) @RequestParam(required = false) @Nullable String after,
			@Parameter(description = "How many events at most", schema = @Schema(type = "integer", minimum = "1",
					maximum = "1000", defaultValue = "100")) @RequestParam(required = false) @Nullable String limit) {
		ApiParameters.onlyKnown(request, "events", PARAMETERS);
		long cursor = after(after);
		int size = ApiParameters.limit(limit, EventFeed.MAX_LIMIT);

		FeedPage page;
		try {
			page = this.feed.read(client.organisationId(), client.instanceId(), cursor, size);
		}
		catch (CursorBeyondFeedException ex) {
			throw ApiRequestException.badRequest(
					"Parameter after is beyond the last event; start again from 0 or from a next you received", ex);
		}
		catch (CursorPrunedException ex) {
			throw ApiRequestException.gone("The events after position " + cursor
					+ " were removed after the retention period, so some may be missed: read the users again "
					+ "(GET /api/v1/users, and GET /api/v1/groups if you keep groups) and continue the feed "
					+ "from after=0", ex);
		}
		return new FeedResponse(page.events().stream().map(FeedEvent::of).toList(), page.next());
	}

	private static long after(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		Long after = ApiParameters.wholeNumber(text);
		if (after == null) {
			throw ApiRequestException.badRequest("Parameter after must be a whole number of 0 or more: 0 for the "
					+ "beginning, else the next of the read before");
		}
		return after;
	}

}
