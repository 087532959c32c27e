package energy.foundation.identity.operator;

import energy.foundation.identity.organisation.SignInProviderSettings;
import org.jspecify.annotations.Nullable;

/**
 * Which sign-in providers an organisation may use, as the operator API reads and writes
 * them: {@code {"entra": true, "okta": false}}.
 *
 * @param entra whether Microsoft Entra ID sign-in is on; in a request, {@code null} keeps
 * it
 * @param okta whether Okta sign-in is on; in a request, {@code null} keeps it
 */
record SignInProvidersBody(@Nullable Boolean entra, @Nullable Boolean okta) {

	static SignInProvidersBody of(SignInProviderSettings settings) {
		return new SignInProvidersBody(settings.entra(), settings.okta());
	}

}
