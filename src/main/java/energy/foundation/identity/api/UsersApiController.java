package energy.foundation.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.access.EffectiveRoles;
import energy.foundation.identity.credential.MachineClientPrincipal;
import energy.foundation.identity.directory.DirectoryListing;
import energy.foundation.identity.directory.ListedUser;
import energy.foundation.identity.directory.ListingPage;
import energy.foundation.identity.directory.ListingPosition;
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
 * The users of the instance's organisation with their effective roles in the instance: a
 * listing in creation order with an opaque cursor, and one user with the groups it
 * belongs to.
 */
@RestController
@RequestMapping(path = DirectoryApiUrls.API_PATH + "/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "users", description = "The users of the instance's organisation with their roles in the instance")
class UsersApiController {

	static final String KIND = "users";

	static final String CURSOR = "The nextCursor of the page before; absent for the first page";

	static final String LIMIT = "How many items a page holds at most";

	private static final List<String> PARAMETERS = List.of("cursor", "limit", "changedSince", "active");

	private final DirectoryListing listing;

	private final UserSearch search;

	private final EffectiveRoles roles;

	UsersApiController(DirectoryListing listing, UserSearch search, EffectiveRoles roles) {
		this.listing = listing;
		this.search = search;
		this.roles = roles;
	}

	@GetMapping
	@Operation(operationId = "listUsers", summary = "List users, oldest first, a page at a time",
			description = "Pages follow creation order behind an opaque cursor: a walk through every page sees each "
					+ "user that existed when it began exactly once, however the directory changes meanwhile. "
					+ "Pass nextCursor as cursor for the next page; the filters travel in the cursor. Any other "
					+ "parameter is a 400.")
	PageResponse<UserResponse> list(@AuthenticationPrincipal MachineClientPrincipal client, HttpServletRequest request,
			@Parameter(description = CURSOR) @RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = LIMIT,
					schema = @Schema(type = "integer", minimum = "1", maximum = "500",
							defaultValue = "100")) @RequestParam(required = false) @Nullable String limit,
			@Parameter(
					description = "Only users that changed (attributes or group memberships) at or after this "
							+ "time, ISO-8601 with an offset",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(
							required = false) @Nullable String changedSince,
			@Parameter(description = "Only enabled (true) or disabled (false) users",
					schema = @Schema(type = "boolean")) @RequestParam(required = false) @Nullable String active) {
		ApiParameters.onlyKnown(request, "users", PARAMETERS);
		int size = ApiParameters.limit(limit);
		UserQuery query = UserQuery.of(cursor, ApiParameters.instant(changedSince, "changedSince"),
				ApiParameters.active(active));

		ListingPage<ListedUser> page = this.listing.users(client.organisationId(), query.changedSince(), query.active(),
				query.after(), size);
		Map<UUID, List<EffectiveRole>> roles = this.roles.of(client.organisationId(), client.instanceId(),
				page.items().stream().map(ListedUser::id).toList());
		return new PageResponse<>(page.items()
			.stream()
			.map((user) -> UserResponse.of(user, roles.getOrDefault(user.id(), List.of()), null))
			.toList(), query.nextCursor(page.next()));
	}

	@GetMapping("/{userId}")
	@Operation(operationId = "getUser", summary = "Read one user with its roles in the instance and its groups")
	UserResponse get(@AuthenticationPrincipal MachineClientPrincipal client, @PathVariable String userId) {
		UUID id = ApiParameters.id(userId, "user");
		ListedUser user = this.listing.user(client.organisationId(), id)
			.orElseThrow(() -> ApiRequestException.notFound("The organisation has no user with this id"));
		return UserResponse.of(user, this.roles.of(client.organisationId(), client.instanceId(), id),
				this.search.userGroups(client.organisationId(), id));
	}

	/**
	 * Where a listing of users goes on and with which filters: the cursor's when one is
	 * passed, which carries the filters of the first page, else the request's.
	 *
	 * @param after where the page before ended; {@code null} for the first page
	 * @param changedSince the {@code changedSince} filter, if any
	 * @param active the {@code active} filter, if any
	 */
	private record UserQuery(@Nullable ListingPosition after, @Nullable Instant changedSince,
			@Nullable Boolean active) {

		static UserQuery of(@Nullable String cursor, @Nullable Instant changedSince, @Nullable Boolean active) {
			if (cursor == null || cursor.isBlank()) {
				return new UserQuery(null, changedSince, active);
			}
			ApiCursor continued = ApiCursor.decode(cursor.strip(), KIND);
			if (!continued.agreesWith(changedSince, active)) {
				throw ApiRequestException.badRequest("The cursor was made for other changedSince or active filters;"
						+ " pass the cursor alone or with the filters of the first page");
			}
			return new UserQuery(continued.position(), continued.changedSince(), continued.active());
		}

		/**
		 * The cursor of the next page, which starts after {@code next}; {@code null} when
		 * there is no next page.
		 */
		@Nullable String nextCursor(@Nullable ListingPosition next) {
			return (next != null) ? new ApiCursor(KIND, next, this.changedSince, this.active).encode() : null;
		}

	}

}
