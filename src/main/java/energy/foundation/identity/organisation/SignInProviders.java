package energy.foundation.identity.organisation;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Switches the sign-in providers of each organisation on and off. A newly onboarded
 * organisation may sign in with Entra ID and not with Okta.
 */
@Service
public final class SignInProviders {

	private static final Logger logger = LoggerFactory.getLogger(SignInProviders.class);

	private final SignInProviderRepository repository;

	private final Organisations organisations;

	SignInProviders(SignInProviderRepository repository, Organisations organisations) {
		this.repository = repository;
		this.organisations = organisations;
	}

	/**
	 * Which providers the organisation's people may sign in with.
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInProviderSettings settings(UUID organisationId) {
		requireOrganisation(organisationId);
		return new SignInProviderSettings(this.repository.find(organisationId));
	}

	/**
	 * Switches one provider on or off; setting the value it has changes nothing.
	 * @return the organisation's settings afterwards
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInProviderSettings setEnabled(UUID organisationId, SignInProvider provider, boolean enabled) {
		requireOrganisation(organisationId);
		this.repository.save(organisationId, provider, enabled);
		logger.info("Sign-in with {} is {} for organisation {}", provider.code(), (enabled) ? "on" : "off",
				organisationId);
		return new SignInProviderSettings(this.repository.find(organisationId));
	}

	private void requireOrganisation(UUID organisationId) {
		if (this.organisations.find(organisationId).isEmpty()) {
			throw new UnknownOrganisationException(organisationId);
		}
	}

}
