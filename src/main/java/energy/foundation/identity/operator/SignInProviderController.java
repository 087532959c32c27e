package energy.foundation.identity.operator;

import java.util.Objects;
import java.util.UUID;

import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviderSettings;
import energy.foundation.identity.organisation.SignInProviders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping(path = "/operator/api/organisations/{organisationId}/sign-in-providers",
		produces = MediaType.APPLICATION_JSON_VALUE)
class SignInProviderController {

	private final SignInProviders signInProviders;

	private final OperatorApiAudit audit;

	SignInProviderController(SignInProviders signInProviders, OperatorApiAudit audit) {
		this.signInProviders = signInProviders;
		this.audit = audit;
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
	SignInProvidersBody put(@PathVariable String organisationId, @RequestBody SignInProvidersBody body,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		UUID organisation = OperatorIds.parse(organisationId, "organisation");
		Boolean entra = body.entra();
		Boolean okta = body.okta();
		String oktaIssuer = body.oktaIssuer();
		if (entra == null && okta == null && oktaIssuer == null) {
			throw new InvalidRequestException("entra, okta or oktaIssuer is required");
		}

		SignInProviderSettings before = this.signInProviders.settings(organisation);
		SignInProviderSettings settings = before;
		if (oktaIssuer != null) {
			settings = this.signInProviders.setOktaIssuer(organisation, oktaIssuer);
		}
		if (entra != null) {
			settings = this.signInProviders.setEnabled(organisation, SignInProvider.ENTRA, entra);
		}
		if (okta != null) {
			settings = this.signInProviders.setEnabled(organisation, SignInProvider.OKTA, okta);
		}
		auditChanges(operator, http, organisation, before, settings);
		return SignInProvidersBody.of(settings);
	}

	private void auditChanges(OperatorPrincipal operator, HttpServletRequest http, UUID organisation,
			SignInProviderSettings before, SignInProviderSettings after) {
		String issuer = after.oktaIssuer();
		if (!Objects.equals(before.oktaIssuer(), issuer)) {
			this.audit.record(operator, http, organisation,
					(issuer != null) ? "sign-in-provider.issuer-set" : "sign-in-provider.issuer-cleared", "okta",
					issuer);
		}
		for (SignInProvider provider : SignInProvider.values()) {
			boolean on = after.isEnabled(provider);
			if (before.isEnabled(provider) != on) {
				this.audit.record(operator, http, organisation, "sign-in-provider." + (on ? "enabled" : "disabled"),
						provider.code(), null);
			}
		}
	}

}
