package energy.foundation.identity.admin;

import energy.foundation.identity.organisation.Organisations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tenant admin app's first page.
 */
@Controller
class OverviewController {

	private final Organisations organisations;

	OverviewController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/admin")
	String overview(@AuthenticationPrincipal TenantAdministrator administrator, Model model) {
		model.addAttribute("organisation", this.organisations.find(administrator.organisationId()).orElseThrow());
		return "admin/overview";
	}

}
