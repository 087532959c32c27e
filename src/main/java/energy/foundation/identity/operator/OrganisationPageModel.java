package energy.foundation.identity.operator;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.directory.UserSearch;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviders;
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

	private final Instances instances;

	private final SignInProviders signInProviders;

	private final ScimCredentials credentials;

	private final ProvisioningLog provisioningLog;

	private final UserSearch directory;

	private final ScimBaseUrls scimBaseUrls;

	private final Clock clock;

	OrganisationPageModel(Organisations organisations, Instances instances, SignInProviders signInProviders,
			ScimCredentials credentials, ProvisioningLog provisioningLog, UserSearch directory,
			ScimBaseUrls scimBaseUrls, Clock clock) {
		this.organisations = organisations;
		this.instances = instances;
		this.signInProviders = signInProviders;
		this.credentials = credentials;
		this.provisioningLog = provisioningLog;
		this.directory = directory;
		this.scimBaseUrls = scimBaseUrls;
		this.clock = clock;
	}

	/**
	 * The organisation with this id.
	 * @throws NotFoundException if there is no such organisation
	 */
	Organisation existing(UUID organisationId) {
		return this.organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("No organisation has this id"));
	}

	/**
	 * Fills the model of the organisation page.
	 * @throws NotFoundException if there is no such organisation
	 */
	Organisation fill(Model model, UUID organisationId) {
		Organisation organisation = existing(organisationId);
		List<Instance> instances = this.instances.list(organisationId, true);

		model.addAttribute("organisation", organisation);
		model.addAttribute("scimBaseUrl", this.scimBaseUrls.of(organisationId));
		model.addAttribute("activeInstances", instances.stream().filter((instance) -> !instance.retired()).toList());
		model.addAttribute("retiredInstances", instances.stream().filter(Instance::retired).toList());
		model.addAttribute("signInProviders", this.signInProviders.settings(organisationId));
		model.addAttribute("providers", SignInProvider.values());
		model.addAttribute("credentials", this.credentials.list(organisationId));
		model.addAttribute("health", this.provisioningLog.health(organisationId));
		model.addAttribute("statistics", this.directory.statistics(organisationId));
		model.addAttribute("now", this.clock.instant());
		if (!model.containsAttribute("instanceName")) {
			model.addAttribute("instanceName", "");
		}
		return organisation;
	}

}
