package energy.foundation.identity.system;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which organisation a SCIM request's URL names.
 */
class ScimAuthenticationManagerResolverTests {

	private static final UUID ORGANISATION = UUID.fromString("6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60");

	@ParameterizedTest
	@ValueSource(strings = { "/scim/v2/organisations/6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60",
			"/scim/v2/organisations/6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60/Users",
			"/scim/v2/organisations/6F1C2A9E-0B5D-4C1E-9A77-3D2F8E4B5C60/Groups/x/y" })
	void organisationIdOfWhenPathNamesOrganisationThenIt(String path) {
		assertThat(ScimAuthenticationManagerResolver.organisationIdOf(request(path))).contains(ORGANISATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/scim/v2/Users", "/scim/v2/organisations/contoso/Users",
			"/scim/v2/organisations/6f1c2a9e0b5d4c1e9a773d2f8e4b5c60/Users",
			"/scim/v2/organisations/6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60x/Users",
			"/scim/v1/organisations/6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60/Users",
			"/other/scim/v2/organisations/6f1c2a9e-0b5d-4c1e-9a77-3d2f8e4b5c60/Users" })
	void organisationIdOfWhenPathNamesNoOrganisationThenEmpty(String path) {
		assertThat(ScimAuthenticationManagerResolver.organisationIdOf(request(path))).isEmpty();
	}

	private static MockHttpServletRequest request(String path) {
		return new MockHttpServletRequest("GET", path);
	}

}
