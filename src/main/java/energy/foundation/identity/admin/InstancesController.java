package energy.foundation.identity.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.access.AccessChangeRefusedException;
import energy.foundation.identity.access.Assignment;
import energy.foundation.identity.access.DuplicateRoleNameException;
import energy.foundation.identity.access.EffectiveRoles;
import energy.foundation.identity.access.InvalidRoleException;
import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.RoleHolderPage;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instances of the organisation and each instance's page: its roles (add, rename,
 * retire), its assignments, and who holds which role and why, page by page.
 */
@Controller
class InstancesController {

	static final int HOLDERS_PAGE_SIZE = 50;

	private final Instances instances;

	private final Roles roles;

	private final RoleAssignments assignments;

	private final EffectiveRoles effectiveRoles;

	private final AdminAudit audit;

	private final InstanceLookup lookup;

	InstancesController(Instances instances, Roles roles, RoleAssignments assignments, EffectiveRoles effectiveRoles,
			AdminAudit audit, InstanceLookup lookup) {
		this.lookup = lookup;
		this.instances = instances;
		this.roles = roles;
		this.assignments = assignments;
		this.effectiveRoles = effectiveRoles;
		this.audit = audit;
	}

	@GetMapping("/admin/instances")
	String list(@AuthenticationPrincipal TenantAdministrator administrator, Model model) {
		model.addAttribute("instances", this.instances.list(administrator.organisationId(), true));
		return "admin/instances";
	}

	@GetMapping("/admin/instances/{instanceId}")
	String instance(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String after, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		fill(model, administrator, instance, AdminIds.parseOrNull(role), UsersController.blankToNull(after));
		return HtmxRequests.wantsFragment(request, response) ? "admin/instance :: holders" : "admin/instance";
	}

	@PostMapping("/admin/instances/{instanceId}/roles")
	String createRole(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			RoleForm form, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		Role role;
		try {
			role = this.roles.create(administrator.organisationId(), instance.id(), form.nameText(),
					form.descriptionText());
		}
		catch (InvalidRoleException | DuplicateRoleNameException | AccessChangeRefusedException ex) {
			model.addAttribute("roleForm", form);
			model.addAttribute("roleError", problem(ex));
			return rejected(model, administrator, instance, response);
		}

		this.audit.record(administrator, request, "role.created", role.id().toString(),
				"role " + role.name() + " of instance " + instance.id());
		redirect.addFlashAttribute("notice", "Added the role " + role.name() + ".");
		return "redirect:/admin/instances/" + instance.id() + "#roles";
	}

	@PostMapping("/admin/instances/{instanceId}/roles/{roleId}")
	String updateRole(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String roleId, RoleForm form, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		Role before = this.lookup.role(administrator, instance, roleId);
		Role after;
		try {
			after = this.roles.update(administrator.organisationId(), before.id(), form.nameText(),
					form.descriptionText());
		}
		catch (InvalidRoleException | DuplicateRoleNameException | AccessChangeRefusedException ex) {
			model.addAttribute("editRole", before.id());
			model.addAttribute("editForm", form);
			model.addAttribute("editError", problem(ex));
			return rejected(model, administrator, instance, response);
		}

		this.audit.record(administrator, request, "role.updated", after.id().toString(),
				"from " + before.name() + " to " + after.name());
		redirect.addFlashAttribute("notice", "Saved the role " + after.name() + ".");
		return "redirect:/admin/instances/" + instance.id() + "#roles";
	}

	@PostMapping("/admin/instances/{instanceId}/roles/{roleId}/retire")
	String retireRole(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String roleId, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = this.lookup.instance(administrator, instanceId);
		Role before = this.lookup.role(administrator, instance, roleId);
		Roles.RoleRetirement retirement = this.roles.retire(administrator.organisationId(), before.id());

		if (!before.retired()) {
			this.audit.record(administrator, request, "role.retired", before.id().toString(),
					"role " + before.name() + ", " + retirement.changes().revoked() + " users lost it");
		}
		redirect.addFlashAttribute("notice", "Retired the role " + before.name() + ". "
				+ AssignmentsController.users(retirement.changes().revoked()) + " lost it.");
		return "redirect:/admin/instances/" + instance.id() + "#roles";
	}

	private String rejected(Model model, TenantAdministrator administrator, Instance instance,
			HttpServletResponse response) {
		fill(model, administrator, instance, null, null);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "admin/instance";
	}

	private void fill(Model model, TenantAdministrator administrator, Instance instance, @Nullable UUID roleFilter,
			@Nullable String after) {
		UUID organisationId = administrator.organisationId();
		List<Role> all = this.roles.list(organisationId, instance.id(), true);
		List<Role> active = all.stream().filter((role) -> !role.retired()).toList();
		UUID filter = (roleFilter != null && active.stream().anyMatch((role) -> role.id().equals(roleFilter)))
				? roleFilter : null;
		model.addAttribute("instance", instance);
		model.addAttribute("roles", active);
		model.addAttribute("retiredRoles", all.stream().filter(Role::retired).toList());
		List<Assignment> assignments = this.assignments.list(organisationId, instance.id());
		model.addAttribute("assignments", assignments);
		model.addAttribute("assignmentsCapped", assignments.size() >= RoleAssignments.MAX_LISTED);
		model.addAttribute("roleFilter", filter);
		model.addAttribute("holders", holders(organisationId, instance, filter, after, model));
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute("roleForm", RoleForm.empty());
		}
	}

	private RoleHolderPage holders(UUID organisationId, Instance instance, @Nullable UUID roleFilter,
			@Nullable String after, Model model) {
		String path = "/admin/instances/" + instance.id();
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("role", (roleFilter != null) ? roleFilter.toString() : null);
		RoleHolderPage page;
		try {
			page = this.effectiveRoles.holders(organisationId, instance.id(), roleFilter, after, HOLDERS_PAGE_SIZE);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("cursorInvalid", true);
			page = this.effectiveRoles.holders(organisationId, instance.id(), roleFilter, null, HOLDERS_PAGE_SIZE);
			after = null;
		}
		model.addAttribute("firstPageUrl", (after != null) ? PageLinks.of(path, parameters) + "#holders" : null);
		if (page.nextCursor() != null) {
			parameters.put("after", page.nextCursor());
			model.addAttribute("nextPageUrl", PageLinks.of(path, parameters) + "#holders");
		}
		else {
			model.addAttribute("nextPageUrl", null);
		}
		return page;
	}

	static String problem(RuntimeException exception) {
		if (exception instanceof DuplicateRoleNameException) {
			return "The instance has an active role with this name already. Choose another name.";
		}
		return exception.getMessage() + ".";
	}

}
