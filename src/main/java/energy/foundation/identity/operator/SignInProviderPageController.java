package energy.foundation.identity.operator;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import energy.foundation.identity.organisation.InvalidOrganisationException;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviders;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Switches an organisation's sign-in providers (Entra ID, Okta) on and off, and sets its
 * Okta issuer, from its console page.
 */
@Controller
class SignInProviderPageController {

	private final SignInProviders signInProviders;

	private final OrganisationPageModel pageModel;

	private final ConsoleAudit audit;

	SignInProviderPageController(SignInProviders signInProviders, OrganisationPageModel pageModel, ConsoleAudit audit) {
		this.signInProviders = signInProviders;
		this.pageModel = pageModel;
		this.audit = audit;
	}

	@PostMapping("/operator/organisations/{id}/sign-in-providers/{provider}")
	String set(@PathVariable String id, @PathVariable String provider, @RequestParam(defaultValue = "") String enabled,
			@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID organisationId = this.pageModel.existing(OperatorIds.parse(id, "organisation")).id();
		SignInProvider chosen = provider(provider);
		boolean on = switchedOn(enabled);
		boolean before = this.signInProviders.settings(organisationId).isEnabled(chosen);

		this.signInProviders.setEnabled(organisationId, chosen, on);
		if (before != on) {
			this.audit.record(operator, request, organisationId, "sign-in-provider." + (on ? "enabled" : "disabled"),
					chosen.code(), null);
		}
		redirect.addFlashAttribute("notice",
				"Sign-in with " + displayName(chosen) + " is " + (on ? "on" : "off") + " for this organisation.");
		return "redirect:/operator/organisations/" + organisationId + "#sign-in-providers";
	}

	@PostMapping("/operator/organisations/{id}/sign-in-providers/okta/issuer")
	String setOktaIssuer(@PathVariable String id, @RequestParam(defaultValue = "") String issuer,
			@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID organisationId = this.pageModel.existing(OperatorIds.parse(id, "organisation")).id();
		String before = this.signInProviders.settings(organisationId).oktaIssuer();
		String after;
		try {
			after = this.signInProviders.setOktaIssuer(organisationId, issuer).oktaIssuer();
		}
		catch (InvalidOrganisationException ex) {
			redirect.addFlashAttribute("problem", "Enter the Okta issuer as an https URL without query or fragment, "
					+ "for example https://contoso.okta.com/oauth2/default.");
			return "redirect:/operator/organisations/" + organisationId + "#sign-in-providers";
		}

		if (!Objects.equals(before, after)) {
			this.audit.record(operator, request, organisationId,
					(after != null) ? "sign-in-provider.issuer-set" : "sign-in-provider.issuer-cleared", "okta", after);
		}
		redirect.addFlashAttribute("notice", (after != null) ? "Okta sign-ins must now come from " + after + "."
				: "The Okta issuer is cleared: Okta sign-ins are refused until one is set.");
		return "redirect:/operator/organisations/" + organisationId + "#sign-in-providers";
	}

	static String displayName(SignInProvider provider) {
		return (provider == SignInProvider.ENTRA) ? "Microsoft Entra ID" : "Okta";
	}

	private static SignInProvider provider(String code) {
		for (SignInProvider provider : SignInProvider.values()) {
			if (provider.code().equals(code.toLowerCase(Locale.ROOT))) {
				return provider;
			}
		}
		throw new NotFoundException("No sign-in provider has this name");
	}

	private static boolean switchedOn(String enabled) {
		return switch (enabled) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new InvalidRequestException("enabled must be true or false");
		};
	}

}
