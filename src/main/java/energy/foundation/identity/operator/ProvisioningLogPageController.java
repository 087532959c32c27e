package energy.foundation.identity.operator;

import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningLogPage;
import energy.foundation.identity.activity.ProvisioningLogQuery;
import energy.foundation.identity.activity.ProvisioningOutcome;
import energy.foundation.identity.organisation.Organisation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's provisioning log, read-only: the SCIM requests its identity provider
 * sent, newest first, filtered by outcome, a page at a time.
 */
@Controller
class ProvisioningLogPageController {

	static final int PAGE_SIZE = 50;

	private final ProvisioningLog provisioningLog;

	private final OrganisationPageModel pageModel;

	ProvisioningLogPageController(ProvisioningLog provisioningLog, OrganisationPageModel pageModel) {
		this.provisioningLog = provisioningLog;
		this.pageModel = pageModel;
	}

	@GetMapping("/operator/organisations/{id}/provisioning-log")
	String show(@PathVariable String id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String after, Model model) {
		Organisation organisation = this.pageModel.existing(OperatorIds.parse(id, "organisation"));
		ProvisioningOutcome chosen = outcome(outcome);
		ProvisioningLogQuery query = new ProvisioningLogQuery(chosen, null, null, null, null, null, PAGE_SIZE);

		model.addAttribute("organisation", organisation);
		model.addAttribute("outcome", (chosen != null) ? chosen.name().toLowerCase(Locale.ROOT) : "");
		model.addAttribute("page", page(organisation.id(), query, blankToNull(after), model));
		model.addAttribute("continued", after != null && !after.isBlank());
		return "operator/provisioning-log";
	}

	private ProvisioningLogPage page(UUID organisationId, ProvisioningLogQuery query, @Nullable String after,
			Model model) {
		try {
			return this.provisioningLog.search(organisationId, query.after(after));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", "That page link is out of date; here are the newest entries.");
			return this.provisioningLog.search(organisationId, query);
		}
	}

	private static @Nullable ProvisioningOutcome outcome(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "accepted" -> ProvisioningOutcome.ACCEPTED;
			case "rejected" -> ProvisioningOutcome.REJECTED;
			default -> null;
		};
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
