package energy.foundation.identity.operator;

import java.time.Clock;
import java.util.UUID;

import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Gathers what an organisation's page shows, for the page itself and for forms on it that
 * are shown again with a problem.
 */
@Component
class OrganisationPageModel {

	private final Organisations organisations;

	private final ScimCredentials credentials;

	private final ScimBaseUrls scimBaseUrls;

	private final Clock clock;

	OrganisationPageModel(Organisations organisations, ScimCredentials credentials, ScimBaseUrls scimBaseUrls,
			Clock clock) {
		this.organisations = organisations;
		this.credentials = credentials;
		this.scimBaseUrls = scimBaseUrls;
		this.clock = clock;
	}

	/**
	 * Fills the model of the organisation page.
	 * @throws NotFoundException if there is no such organisation
	 */
	Organisation fill(Model model, UUID organisationId) {
		Organisation organisation = this.organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("No organisation has this id"));

		model.addAttribute("organisation", organisation);
		model.addAttribute("scimBaseUrl", this.scimBaseUrls.of(organisationId));
		model.addAttribute("credentials", this.credentials.list(organisationId));
		model.addAttribute("now", this.clock.instant());
		return organisation;
	}

}
