package energy.foundation.identity.admin;

import energy.foundation.identity.activity.ConnectionHealth;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.directory.DirectoryStatistics;
import energy.foundation.identity.directory.UserSearch;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant admin app's first page: the organisation's SCIM base URL, how its connection
 * with Entra ID is doing, what arrived, and what to do next.
 */
@Controller
class OverviewController {

	private final Organisations organisations;

	private final ScimBaseUrls scimBaseUrls;

	private final SetupProgressReader progress;

	private final UserSearch directory;

	private final ProvisioningLog log;

	OverviewController(Organisations organisations, ScimBaseUrls scimBaseUrls, SetupProgressReader progress,
			UserSearch directory, ProvisioningLog log) {
		this.organisations = organisations;
		this.scimBaseUrls = scimBaseUrls;
		this.progress = progress;
		this.directory = directory;
		this.log = log;
	}

	@GetMapping("/admin")
	String overview(@AuthenticationPrincipal TenantAdministrator administrator, Model model) {
		Organisation organisation = this.organisations.find(administrator.organisationId())
			.orElseThrow(PageNotFoundException::new);
		model.addAttribute("organisation", organisation);
		model.addAttribute("scimBaseUrl", this.scimBaseUrls.of(organisation.id()));
		DirectoryStatistics statistics = this.directory.statistics(organisation.id());
		ConnectionHealth health = this.log.health(organisation.id());
		model.addAttribute("statistics", statistics);
		model.addAttribute("health", health);
		model.addAttribute("progress", this.progress.read(organisation.id(), statistics, health));
		return "admin/overview";
	}

}
