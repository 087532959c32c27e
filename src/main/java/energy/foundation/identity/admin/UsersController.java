package energy.foundation.identity.admin;

import java.util.Collections;
import java.util.UUID;

import energy.foundation.identity.access.EffectiveRoles;
import energy.foundation.identity.activity.ProvisioningLogQuery;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.InvalidCursorException;
import energy.foundation.identity.directory.ResourceSummary;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.SearchPage;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.directory.UserSearch;
import energy.foundation.identity.directory.UserSummary;
import energy.foundation.identity.signin.SignInLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The users page (search, filters, keyset pages) and each user's detail page, with the
 * user's roles and sign-in links in every instance.
 */
@Controller
class UsersController {

	static final int PAGE_SIZE = 50;

	static final int HISTORY_PAGE_SIZE = 20;

	private final UserSearch search;

	private final Directory directory;

	private final ProvisioningHistory history;

	private final EffectiveRoles effectiveRoles;

	private final SignInLinks signInLinks;

	UsersController(UserSearch search, Directory directory, ProvisioningHistory history, EffectiveRoles effectiveRoles,
			SignInLinks signInLinks) {
		this.search = search;
		this.directory = directory;
		this.history = history;
		this.effectiveRoles = effectiveRoles;
		this.signInLinks = signInLinks;
	}

	@GetMapping("/admin/users")
	String users(@AuthenticationPrincipal TenantAdministrator administrator, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String status,
			@RequestParam(required = false) String after, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UserFilters filters = UserFilters.of(q, type, status);
		SearchPage<UserSummary> page = page(administrator.organisationId(), filters, after, model);
		model.addAttribute("filters", filters);
		model.addAttribute("page", page);
		model.addAttribute("firstPageUrl", (blankToNull(after) != null) ? filters.link(null) : null);
		model.addAttribute("nextPageUrl", (page.nextCursor() != null) ? filters.link(page.nextCursor()) : null);
		return HtmxRequests.wantsFragment(request, response) ? "admin/users :: results" : "admin/users";
	}

	@GetMapping("/admin/users/{userId}")
	String user(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String userId,
			@RequestParam(required = false) String after, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UUID organisationId = administrator.organisationId();
		StoredResource user = this.directory.find(organisationId, ResourceType.USER, AdminIds.parse(userId), false)
			.orElseThrow(PageNotFoundException::new);
		model.addAttribute("user", user);
		model.addAttribute("heading", ResourceDocument.title(user.attributes(), "displayName", "userName"));
		model.addAttribute("document", ResourceDocument.of(user.attributes()));
		model.addAttribute("groups", this.search.userGroups(organisationId, user.id()));
		model.addAttribute("instanceRoles", this.effectiveRoles.inEveryInstance(organisationId, user.id()));
		model.addAttribute("userActive", ResourceSummary.of(user).active());
		model.addAttribute("signInLinks", this.signInLinks.of(organisationId, user.id()));
		String cursor = blankToNull(after);
		ProvisioningHistory.LogPage history = this.history.page(organisationId,
				new ProvisioningLogQuery(null, null, null, null, user.id(), cursor, HISTORY_PAGE_SIZE), model);
		String path = "/admin/users/" + user.id();
		model.addAttribute("history", history);
		model.addAttribute("firstPageUrl", (cursor != null) ? path + "#history-heading" : null);
		model.addAttribute("nextPageUrl", (history.nextCursor() != null)
				? PageLinks.of(path, Collections.singletonMap("after", history.nextCursor())) : null);
		return HtmxRequests.wantsFragment(request, response) ? "admin/user :: history" : "admin/user";
	}

	private SearchPage<UserSummary> page(UUID organisationId, UserFilters filters, @Nullable String after,
			Model model) {
		try {
			return this.search.searchUsers(organisationId, filters.text(), filters.guest(), filters.active(),
					blankToNull(after), PAGE_SIZE);
		}
		catch (InvalidCursorException ex) {
			model.addAttribute("cursorInvalid", true);
			return this.search.searchUsers(organisationId, filters.text(), filters.guest(), filters.active(), null,
					PAGE_SIZE);
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
