package energy.foundation.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ID token checks of a multi-tenant Entra app.
 */
class EntraIdTokenValidatorTests {

	private static final String CLIENT_ID = "6f0b2a1e-client";

	private static final String TENANT = "8c1f4a2e-5b3d-4f0e-b3a7-1c5e2d7f9a60";

	private final EntraIdTokenValidator validator = new EntraIdTokenValidator(new EntraSignInProperties(CLIENT_ID,
			"secret", "https://login.microsoftonline.com/organizations/v2.0", null, null, "https://keys",
			"https://login.microsoftonline.com/{tid}/v2.0", "Tenant.Administrator", List.of("openid")), CLIENT_ID);

	@Test
	void validateWhenIssuerIsTheTokensTenantThenValid() {
		OAuth2TokenValidatorResult result = this.validator.validate(token(TENANT, issuer(TENANT), List.of(CLIENT_ID)));

		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void validateWhenIssuerIsAnotherTenantsThenInvalid() {
		String other = UUID.randomUUID().toString();

		OAuth2TokenValidatorResult result = this.validator.validate(token(TENANT, issuer(other), List.of(CLIENT_ID)));

		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("issuer"));
	}

	@Test
	void validateWhenTenantMissingThenInvalid() {
		Jwt token = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(issuer(TENANT))
			.subject("s")
			.audience(List.of(CLIENT_ID))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();

		assertThat(this.validator.validate(token).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("tid"));
	}

	@Test
	void validateWhenTenantNotGuidThenInvalid() {
		OAuth2TokenValidatorResult result = this.validator
			.validate(token("common", "https://login.microsoftonline.com/common/v2.0", List.of(CLIENT_ID)));

		assertThat(result.hasErrors()).isTrue();
	}

	@Test
	void validateWhenAudienceIsAnotherAppThenInvalid() {
		OAuth2TokenValidatorResult result = this.validator.validate(token(TENANT, issuer(TENANT), List.of("other")));

		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("not meant for this application"));
	}

	@Test
	void validateWhenSeveralAudiencesWithoutAuthorizedPartyThenInvalid() {
		OAuth2TokenValidatorResult result = this.validator
			.validate(token(TENANT, issuer(TENANT), List.of(CLIENT_ID, "other")));

		assertThat(result.hasErrors()).isTrue();
	}

	@Test
	void resolvedEndpointsWhenAuthorityEndsWithVersionThenDerivedBelowTenantSegment() {
		EntraSignInProperties properties = new EntraSignInProperties("id", null,
				"https://login.microsoftonline.com/organizations/v2.0", null, null, "https://keys", "{tid}", "r",
				List.of("openid"));

		assertThat(properties.resolvedAuthorizationUri())
			.isEqualTo("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize");
		assertThat(properties.resolvedTokenUri())
			.isEqualTo("https://login.microsoftonline.com/organizations/oauth2/v2.0/token");
	}

	private static String issuer(String tenant) {
		return "https://login.microsoftonline.com/" + tenant + "/v2.0";
	}

	private static Jwt token(String tenant, String issuer, List<String> audience) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(issuer)
			.subject("subject")
			.audience(audience)
			.claim("tid", tenant)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
	}

}
