package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviderSettings;
import energy.foundation.identity.organisation.SignInProviders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows and switches an organisation's sign-in providers and sets its Okta issuer.
 */
@RestController
@RequestMapping("/operator/api/organisations/{organisationId}/sign-in-providers")
class SignInProviderController {

	private final SignInProviders signInProviders;

	SignInProviderController(SignInProviders signInProviders) {
		this.signInProviders = signInProviders;
	}

	@GetMapping
	SignInProvidersBody get(@PathVariable String organisationId) {
		return SignInProvidersBody.of(this.signInProviders.settings(OperatorIds.parse(organisationId, "organisation")));
	}

	/**
	 * Sets the providers and the Okta issuer named in the body; a field left out keeps
	 * its setting.
	 */
	@PutMapping
	SignInProvidersBody put(@PathVariable String organisationId, @RequestBody SignInProvidersBody body) {
		UUID organisation = OperatorIds.parse(organisationId, "organisation");
		Boolean entra = body.entra();
		Boolean okta = body.okta();
		String oktaIssuer = body.oktaIssuer();
		if (entra == null && okta == null && oktaIssuer == null) {
			throw new InvalidRequestException("entra, okta or oktaIssuer is required");
		}

		SignInProviderSettings settings = this.signInProviders.settings(organisation);
		if (oktaIssuer != null) {
			settings = this.signInProviders.setOktaIssuer(organisation, oktaIssuer);
		}
		if (entra != null) {
			settings = this.signInProviders.setEnabled(organisation, SignInProvider.ENTRA, entra);
		}
		if (okta != null) {
			settings = this.signInProviders.setEnabled(organisation, SignInProvider.OKTA, okta);
		}
		return SignInProvidersBody.of(settings);
	}

}
