package energy.foundation.identity.admin;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.access.AccessChangeRefusedException;
import energy.foundation.identity.access.AssignmentPreview;
import energy.foundation.identity.access.AssignmentResult;
import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.access.SubjectType;
import energy.foundation.identity.access.UnknownSubjectException;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.directory.UserSearch;
import energy.foundation.identity.organisation.Instance;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning a role of an instance to a user or a group, and taking it away: the subject
 * is chosen by search; a change for a group is shown as a preview (how many users gain or
 * lose the role) before it is saved.
 */
@Controller
class AssignmentsController {

	static final int SEARCH_SIZE = 10;

	private final InstanceLookup lookup;

	private final Roles roles;

	private final RoleAssignments assignments;

	private final UserSearch search;

	private final Directory directory;

	private final AdminAudit audit;

	AssignmentsController(InstanceLookup lookup, Roles roles, RoleAssignments assignments, UserSearch search,
			Directory directory, AdminAudit audit) {
		this.lookup = lookup;
		this.roles = roles;
		this.assignments = assignments;
		this.search = search;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/admin/instances/{instanceId}/assign")
	String choose(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String q, Model model) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		UUID organisationId = administrator.organisationId();
		List<Role> active = this.roles.list(organisationId, instance.id(), false);
		UUID chosen = AdminIds.parseOrNull(role);
		// the search ignores NUL characters (PostgreSQL refuses them)
		String text = (q != null) ? q.replace("\0", "").strip() : "";
		model.addAttribute("instance", instance);
		model.addAttribute("roles", active);
		Role chosenRole = active.stream().filter((r) -> r.id().equals(chosen)).findFirst().orElse(null);
		model.addAttribute("chosenRole", (chosenRole != null) ? chosenRole.id() : null);
		model.addAttribute("chosenRoleName", (chosenRole != null) ? chosenRole.name() : null);
		model.addAttribute("q", text);
		model.addAttribute("searched", !text.isEmpty());
		// results assign the role of their search, so it cannot change under them
		model.addAttribute("roleFixed", chosenRole != null && !text.isEmpty());
		model.addAttribute("users", text.isEmpty() ? List.of()
				: this.search.searchUsers(organisationId, text, null, null, null, SEARCH_SIZE).items());
		model.addAttribute("groups",
				text.isEmpty() ? List.of() : this.search.searchGroups(organisationId, text, null, SEARCH_SIZE).items());
		return "admin/assign";
	}

	@GetMapping("/admin/instances/{instanceId}/assignments/preview")
	String preview(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(defaultValue = "assign") String action,
			Model model, RedirectAttributes redirect) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		Role chosen = this.lookup.role(administrator, instance, String.valueOf(role));
		Subject subject = subject(subjectType, subjectId);
		boolean assign = !"unassign".equals(action);
		AssignmentPreview preview;
		try {
			preview = this.assignments.preview(administrator.organisationId(), chosen.id(), subject, assign);
		}
		catch (UnknownSubjectException ex) {
			throw new PageNotFoundException();
		}
		catch (AccessChangeRefusedException ex) {
			redirect.addFlashAttribute("problem", InstancesController.problem(ex));
			return "redirect:/admin/instances/" + instance.id() + "#assignments";
		}
		model.addAttribute("instance", instance);
		model.addAttribute("preview", preview);
		model.addAttribute("subjectName", subjectName(administrator, subject));
		return "admin/assignment-preview";
	}

	@PostMapping("/admin/instances/{instanceId}/assignments")
	String assign(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, HttpServletRequest request, RedirectAttributes redirect) {
		return change(administrator, instanceId, role, subject(subjectType, subjectId), true, request, redirect);
	}

	@PostMapping("/admin/instances/{instanceId}/assignments/remove")
	String unassign(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, HttpServletRequest request, RedirectAttributes redirect) {
		return change(administrator, instanceId, role, subject(subjectType, subjectId), false, request, redirect);
	}

	private String change(TenantAdministrator administrator, String instanceId, @Nullable String roleId,
			Subject subject, boolean assign, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		Role role = this.lookup.role(administrator, instance, String.valueOf(roleId));
		String back = "redirect:/admin/instances/" + instance.id() + "#assignments";
		AssignmentResult result;
		try {
			// the service checks the subject under its lock: one deleted a moment ago is
			// unknown there, whatever a look-up before would have found
			result = assign
					? this.assignments.assign(administrator.organisationId(), role.id(), subject,
							administrator.displayName())
					: this.assignments.unassign(administrator.organisationId(), role.id(), subject);
		}
		catch (UnknownSubjectException ex) {
			throw new PageNotFoundException();
		}
		catch (AccessChangeRefusedException ex) {
			redirect.addFlashAttribute("problem", InstancesController.problem(ex));
			return back;
		}
		String subjectName = subjectName(administrator, subject);

		String kind = subject.type().code();
		if (result.changed()) {
			this.audit.record(administrator, request, assign ? "role.assigned" : "role.unassigned",
					role.id().toString(),
					"role " + role.name() + (assign ? " to " : " from ") + kind + " " + subject.id() + ", "
							+ result.changes().granted() + " granted, " + result.changes().revoked() + " revoked");
		}
		redirect.addFlashAttribute("notice", notice(role, kind, subjectName, assign, result));
		return back;
	}

	private static String notice(Role role, String kind, String subjectName, boolean assign, AssignmentResult result) {
		if (!result.changed()) {
			return assign ? "The role " + role.name() + " was assigned to the " + kind + " " + subjectName + " already."
					: "The role " + role.name() + " was not assigned to the " + kind + " " + subjectName + ".";
		}
		if (assign) {
			return "Assigned the role " + role.name() + " to the " + kind + " " + subjectName + ". "
					+ users(result.changes().granted()) + " gained it.";
		}
		return "Took the role " + role.name() + " from the " + kind + " " + subjectName + ". "
				+ users(result.changes().revoked()) + " lost it.";
	}

	/**
	 * "1 user", "3 users".
	 */
	static String users(int count) {
		return count + ((count == 1) ? " user" : " users");
	}

	private String subjectName(TenantAdministrator administrator, Subject subject) {
		ResourceType type = (subject.type() == SubjectType.USER) ? ResourceType.USER : ResourceType.GROUP;
		StoredResource resource = this.directory.find(administrator.organisationId(), type, subject.id(), false)
			.orElseThrow(PageNotFoundException::new);
		return (type == ResourceType.USER) ? ResourceDocument.title(resource.attributes(), "userName")
				: ResourceDocument.title(resource.attributes(), "displayName");
	}

	private static Subject subject(@Nullable String type, @Nullable String id) {
		UUID subjectId = AdminIds.parse(id);
		String kind = (type != null) ? type.toLowerCase(Locale.ROOT) : "";
		return switch (kind) {
			case "user" -> Subject.user(subjectId);
			case "group" -> Subject.group(subjectId);
			default -> throw new PageNotFoundException();
		};
	}

}
