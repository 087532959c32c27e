package energy.foundation.identity.api;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.credential.MachineClientPrincipal;
import energy.foundation.identity.directory.DirectoryListing;
import energy.foundation.identity.directory.InvalidCursorException;
import energy.foundation.identity.directory.ListedGroup;
import energy.foundation.identity.directory.ListingPage;
import energy.foundation.identity.directory.ListingPosition;
import energy.foundation.identity.directory.MemberSummary;
import energy.foundation.identity.directory.SearchPage;
import energy.foundation.identity.directory.UserSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The groups of the instance's organisation: a listing in creation order, one group, and
 * its direct members.
 */
@RestController
@RequestMapping(path = DirectoryApiUrls.API_PATH + "/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "groups", description = "The groups of the instance's organisation and their members")
class GroupsApiController {

	static final String KIND = "groups";

	private static final String NOT_FOUND = "The organisation has no group with this id";

	private static final List<String> PAGING = List.of("cursor", "limit");

	private final DirectoryListing listing;

	private final UserSearch search;

	GroupsApiController(DirectoryListing listing, UserSearch search) {
		this.listing = listing;
		this.search = search;
	}

	@GetMapping
	@Operation(operationId = "listGroups", summary = "List groups, oldest first, a page at a time",
			description = "Takes cursor and limit only: any other parameter (changedSince or active, say) is a 400.")
	PageResponse<GroupResponse> list(@AuthenticationPrincipal MachineClientPrincipal client, HttpServletRequest request,
			@Parameter(description = UsersApiController.CURSOR) @RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = UsersApiController.LIMIT, schema = @Schema(type = "integer", minimum = "1",
					maximum = "500", defaultValue = "100")) @RequestParam(required = false) @Nullable String limit) {
		ApiParameters.onlyKnown(request, "groups", PAGING);
		int size = ApiParameters.limit(limit);
		ListingPosition after = (cursor != null && !cursor.isBlank())
				? ApiCursor.decode(cursor.strip(), KIND).position() : null;

		ListingPage<ListedGroup> page = this.listing.groups(client.organisationId(), after, size);
		ListingPosition next = page.next();
		return new PageResponse<>(page.items().stream().map(GroupResponse::of).toList(),
				(next != null) ? new ApiCursor(KIND, next, null, null).encode() : null);
	}

	@GetMapping("/{groupId}")
	@Operation(operationId = "getGroup", summary = "Read one group")
	GroupResponse get(@AuthenticationPrincipal MachineClientPrincipal client, @PathVariable String groupId) {
		UUID id = ApiParameters.id(groupId, "group");
		return this.listing.group(client.organisationId(), id)
			.map(GroupResponse::of)
			.orElseThrow(() -> ApiRequestException.notFound(NOT_FOUND));
	}

	@GetMapping("/{groupId}/members")
	@Operation(operationId = "listGroupMembers",
			summary = "List the direct members of a group (users and nested groups), by name, at most 200 a page")
	PageResponse<MemberResponse> members(@AuthenticationPrincipal MachineClientPrincipal client,
			HttpServletRequest request, @PathVariable String groupId,
			@Parameter(description = UsersApiController.CURSOR) @RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = UsersApiController.LIMIT, schema = @Schema(type = "integer", minimum = "1",
					maximum = "200", defaultValue = "100")) @RequestParam(required = false) @Nullable String limit) {
		ApiParameters.onlyKnown(request, "group members", PAGING);
		UUID id = ApiParameters.id(groupId, "group");
		int size = ApiParameters.limit(limit, UserSearch.MAX_PAGE_SIZE);
		if (this.listing.group(client.organisationId(), id).isEmpty()) {
			throw ApiRequestException.notFound(NOT_FOUND);
		}

		SearchPage<MemberSummary> page;
		try {
			page = this.search.groupMembers(client.organisationId(), id,
					(cursor != null && !cursor.isBlank()) ? cursor.strip() : null, size);
		}
		catch (InvalidCursorException ex) {
			throw ApiRequestException.badRequest(ApiCursor.INVALID, ex);
		}
		return new PageResponse<>(page.items().stream().map(MemberResponse::of).toList(), page.nextCursor());
	}

}
