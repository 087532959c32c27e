package energy.foundation.identity.operator;

import energy.foundation.identity.organisation.SignInProviderSettings;
import org.jspecify.annotations.Nullable;

/**
 * Which sign-in providers an organisation may use, as the operator API reads and writes
 * them: {@code {"entra": true, "okta": true, "oktaIssuer":
 * "https://contoso.okta.com/oauth2/default"}}.
 *
 * @param entra whether Microsoft Entra ID sign-in is on; in a request, {@code null} keeps
 * it
 * @param okta whether Okta sign-in is on; in a request, {@code null} keeps it
 * @param oktaIssuer the issuer ({@code iss}) of the organisation's Okta authorization
 * server, an https URL; Okta sign-ins with another issuer, or while it is unset, are
 * refused. In a request, {@code null} keeps it and an empty string clears it
 */
record SignInProvidersBody(@Nullable Boolean entra, @Nullable Boolean okta, @Nullable String oktaIssuer) {

	static SignInProvidersBody of(SignInProviderSettings settings) {
		return new SignInProvidersBody(settings.entra(), settings.okta(), settings.oktaIssuer());
	}

}
