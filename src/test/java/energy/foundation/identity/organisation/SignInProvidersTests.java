package energy.foundation.identity.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules for an organisation's Okta issuer.
 */
class SignInProvidersTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://contoso.okta.com/oauth2/default", "https://contoso.okta.com/oauth2/default/",
			" HTTPS://Contoso.Okta.com/oauth2/default\n" })
	void oktaIssuerWhenHttpsUrlThenLowerCaseHostWithoutTrailingSlash(String text) {
		assertThat(SignInProviders.oktaIssuer(text)).isEqualTo("https://contoso.okta.com/oauth2/default");
	}

	@Test
	void oktaIssuerWhenOrgServerWithPortThenKept() {
		assertThat(SignInProviders.oktaIssuer("https://okta.contoso.com:8443/"))
			.isEqualTo("https://okta.contoso.com:8443");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void oktaIssuerWhenBlankThenNone(String text) {
		assertThat(SignInProviders.oktaIssuer(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://contoso.okta.com", "contoso.okta.com", "https://", "https:///oauth2/default",
			"https://contoso.okta.com/oauth2/default?x=1", "https://contoso.okta.com/#top",
			"https://user@contoso.okta.com", "https://contoso.okta.com/a b", "ftp://contoso.okta.com" })
	void oktaIssuerWhenNotAnHttpsUrlThenInvalid(String text) {
		assertThatExceptionOfType(InvalidOrganisationException.class).isThrownBy(() -> SignInProviders.oktaIssuer(text))
			.withMessageStartingWith("oktaIssuer must be an https URL");
	}

	@Test
	void oktaIssuerWhenTooLongThenInvalid() {
		assertThatExceptionOfType(InvalidOrganisationException.class)
			.isThrownBy(() -> SignInProviders.oktaIssuer("https://contoso.okta.com/" + "a".repeat(500)))
			.withMessageContaining("at most 512 characters");
	}

}
