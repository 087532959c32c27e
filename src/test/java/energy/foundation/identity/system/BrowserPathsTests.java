package energy.foundation.identity.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which paths answer errors as web pages and which as JSON.
 */
class BrowserPathsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/users", "/api", "/oauth2/token", "/oauth2/jwks", "/v3/api-docs",
			"/.well-known/oauth-authorization-server", "/scim/v2/organisations/x/Users", "/operator/api/organisations",
			"/actuator/health" })
	void isBrowserPathWhenMachineInterfaceThenFalse(String path) {
		assertThat(BrowserPaths.isBrowserPath(path)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/instances/x/clients", "/oauth2/authorization/entra", "/login/oauth2/code/entra",
			"/apis", "/operator/organisations", "/" })
	void isBrowserPathWhenPagesOrTenantSignInThenTrue(String path) {
		assertThat(BrowserPaths.isBrowserPath(path)).isTrue();
	}

}
