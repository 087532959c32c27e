package energy.foundation.identity.admin;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningLogEntry;
import energy.foundation.identity.activity.ProvisioningOperation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provisioning log: every SCIM request the organisation's identity provider sent,
 * filtered and paged, each with a detail page, and the switch for value capture.
 */
@Controller
class ProvisioningLogController {

	static final int PAGE_SIZE = 50;

	private final ProvisioningLog log;

	private final ProvisioningHistory history;

	private final AdminAudit audit;

	ProvisioningLogController(ProvisioningLog log, ProvisioningHistory history, AdminAudit audit) {
		this.log = log;
		this.history = history;
		this.audit = audit;
	}

	@GetMapping("/admin/provisioning-log")
	String entries(@AuthenticationPrincipal TenantAdministrator administrator,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String operation,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String after, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UUID organisationId = administrator.organisationId();
		LogFilters filters = LogFilters.of(outcome, operation, from, to);
		String cursor = UsersController.blankToNull(after);
		ProvisioningHistory.LogPage page = this.history.page(organisationId, filters.query(null, cursor, PAGE_SIZE),
				model);
		model.addAttribute("filters", filters);
		model.addAttribute("operations", List.of(ProvisioningOperation.values()));
		model.addAttribute("page", page);
		model.addAttribute("firstPageUrl", (cursor != null) ? filters.link(null) : null);
		model.addAttribute("nextPageUrl", (page.nextCursor() != null) ? filters.link(page.nextCursor()) : null);
		model.addAttribute("valueCapture", this.log.valueCapture(organisationId));
		return HtmxRequests.wantsFragment(request, response) ? "admin/provisioning-log :: results"
				: "admin/provisioning-log";
	}

	@GetMapping("/admin/provisioning-log/{entryId}")
	String entry(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String entryId,
			Model model) {
		ProvisioningLogEntry entry = this.log.find(administrator.organisationId(), AdminIds.parse(entryId))
			.orElseThrow(PageNotFoundException::new);
		ProvisioningHistory.LogPage labelled = this.history.label(administrator.organisationId(), List.of(entry));
		model.addAttribute("row", labelled.rows().get(0));
		return "admin/log-entry";
	}

	@PostMapping("/admin/provisioning-log/value-capture")
	String valueCapture(@AuthenticationPrincipal TenantAdministrator administrator,
			@RequestParam(required = false) String enabled, HttpServletRequest request, RedirectAttributes redirect) {
		boolean on = "true".equals(enabled);
		this.log.setValueCapture(administrator.organisationId(), on);
		this.audit.record(administrator, request,
				on ? "provisioning-log.value-capture-enabled" : "provisioning-log.value-capture-disabled", null, null);
		redirect.addFlashAttribute("valueCaptureChanged", on ? "on" : "off");
		return "redirect:/admin/provisioning-log#value-capture";
	}

}
