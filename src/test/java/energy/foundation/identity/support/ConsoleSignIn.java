package energy.foundation.identity.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.admin.TenantAdministrator;
import energy.foundation.identity.operator.ConsoleOperator;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request in as a console user without going through a sign-in flow, for
 * slice and page tests. The sign-in flows themselves have tests of their own.
 */
public final class ConsoleSignIn {

	private ConsoleSignIn() {
	}

	/**
	 * A tenant administrator of the given organisation.
	 */
	public static RequestPostProcessor tenantAdministrator(UUID organisationId) {
		return SecurityMockMvcRequestPostProcessors.authentication(tenantAdministratorToken(organisationId));
	}

	/**
	 * The authentication of a tenant administrator of the given organisation, as the OIDC
	 * sign-in leaves it.
	 */
	public static OAuth2AuthenticationToken tenantAdministratorToken(UUID organisationId) {
		return tenantAdministratorToken(organisationId, "Avery Admin");
	}

	/**
	 * A tenant administrator of the given organisation whose ID token names them so.
	 */
	public static RequestPostProcessor tenantAdministrator(UUID organisationId, String name) {
		return SecurityMockMvcRequestPostProcessors.authentication(tenantAdministratorToken(organisationId, name));
	}

	private static OAuth2AuthenticationToken tenantAdministratorToken(UUID organisationId, String name) {
		Instant now = Instant.now();
		OidcIdToken idToken = new OidcIdToken("test-id-token", now, now.plusSeconds(3600),
				Map.of("sub", "admin-" + organisationId, "name", name, "tid", UUID.randomUUID().toString(), "iss",
						"https://login.example.test/tenant/v2.0"));
		TenantAdministrator administrator = new TenantAdministrator(organisationId, idToken, null);
		return new OAuth2AuthenticationToken(administrator, administrator.getAuthorities(), "entra");
	}

	/**
	 * A signed-in support operator.
	 */
	public static RequestPostProcessor operator() {
		ConsoleOperator operator = new ConsoleOperator(UUID.randomUUID(), "riley", "Riley Operator", null, true);
		return SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(operator, null, operator.getAuthorities()));
	}

}
