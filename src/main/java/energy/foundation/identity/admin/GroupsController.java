package energy.foundation.identity.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.GroupSummary;
import energy.foundation.identity.directory.InvalidCursorException;
import energy.foundation.identity.directory.MemberSummary;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.SearchPage;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.directory.UserSearch;
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
 * The groups page (search, keyset pages) and each group's detail page with its members.
 */
@Controller
class GroupsController {

	static final int PAGE_SIZE = 50;

	private final UserSearch search;

	private final Directory directory;

	GroupsController(UserSearch search, Directory directory) {
		this.search = search;
		this.directory = directory;
	}

	@GetMapping("/admin/groups")
	String groups(@AuthenticationPrincipal TenantAdministrator administrator, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String text = (q != null) ? q.strip() : "";
		SearchPage<GroupSummary> page = page(administrator.organisationId(), text, after, model);
		model.addAttribute("q", text);
		model.addAttribute("page", page);
		model.addAttribute("firstPageUrl",
				(UsersController.blankToNull(after) != null) ? groupsLink(text, null) : null);
		model.addAttribute("nextPageUrl", (page.nextCursor() != null) ? groupsLink(text, page.nextCursor()) : null);
		return HtmxRequests.wantsFragment(request, response) ? "admin/groups :: results" : "admin/groups";
	}

	@GetMapping("/admin/groups/{groupId}")
	String group(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String groupId,
			@RequestParam(required = false) String after, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UUID organisationId = administrator.organisationId();
		StoredResource group = this.directory.find(organisationId, ResourceType.GROUP, AdminIds.parse(groupId), false)
			.orElseThrow(PageNotFoundException::new);
		model.addAttribute("group", group);
		model.addAttribute("heading", ResourceDocument.title(group.attributes(), "displayName"));
		model.addAttribute("document", ResourceDocument.of(group.attributes()));
		SearchPage<MemberSummary> members = members(organisationId, group.id(), after, model);
		String path = "/admin/groups/" + group.id();
		model.addAttribute("members", members);
		model.addAttribute("firstPageUrl", (UsersController.blankToNull(after) != null) ? path : null);
		model.addAttribute("nextPageUrl", (members.nextCursor() != null)
				? PageLinks.of(path, Collections.singletonMap("after", members.nextCursor())) : null);
		return HtmxRequests.wantsFragment(request, response) ? "admin/group :: members" : "admin/group";
	}

	private static String groupsLink(String text, @Nullable String after) {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("q", text);
		parameters.put("after", after);
		return PageLinks.of("/admin/groups", parameters);
	}

	private SearchPage<GroupSummary> page(UUID organisationId, String text, @Nullable String after, Model model) {
		try {
			return this.search.searchGroups(organisationId, text, UsersController.blankToNull(after), PAGE_SIZE);
		}
		catch (InvalidCursorException ex) {
			model.addAttribute("cursorInvalid", true);
			return this.search.searchGroups(organisationId, text, null, PAGE_SIZE);
		}
	}

	private SearchPage<MemberSummary> members(UUID organisationId, UUID groupId, @Nullable String after, Model model) {
		try {
			return this.search.groupMembers(organisationId, groupId, UsersController.blankToNull(after), PAGE_SIZE);
		}
		catch (InvalidCursorException ex) {
			model.addAttribute("cursorInvalid", true);
			return this.search.groupMembers(organisationId, groupId, null, PAGE_SIZE);
		}
	}

}
