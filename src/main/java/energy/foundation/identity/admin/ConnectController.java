package energy.foundation.identity.admin;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The "Connect Entra ID" page: the set-up steps in the Microsoft Entra admin center,
 * written with this organisation's own values, each ticked once the service can tell it
 * was done.
 */
@Controller
class ConnectController {

	private final Organisations organisations;

	private final ScimBaseUrls scimBaseUrls;

	private final SetupProgressReader progress;

	ConnectController(Organisations organisations, ScimBaseUrls scimBaseUrls, SetupProgressReader progress) {
		this.organisations = organisations;
		this.scimBaseUrls = scimBaseUrls;
		this.progress = progress;
	}

	@GetMapping("/admin/connect")
	String connect(@AuthenticationPrincipal TenantAdministrator administrator, Model model) {
		Organisation organisation = this.organisations.find(administrator.organisationId())
			.orElseThrow(PageNotFoundException::new);
		model.addAttribute("organisation", organisation);
		model.addAttribute("scimBaseUrl", this.scimBaseUrls.of(organisation.id()));
		model.addAttribute("progress", this.progress.read(organisation.id()));
		return "admin/connect";
	}

}
