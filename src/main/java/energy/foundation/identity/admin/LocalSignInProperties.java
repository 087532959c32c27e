package energy.foundation.identity.admin;

import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local development sign-in ({@code foundation.local-sign-in},
 * {@code FOUNDATION_LOCAL_SIGN_IN=true}): an OpenID Connect provider inside the service
 * that stands in for Entra ID, so that a newcomer without an Entra tenant can sign in to
 * the tenant admin app as the demo organisation's administrator. Never for a service real
 * customers use.
 *
 * @param enabled whether it is on (off by default)
 * @param host the address the provider listens on
 * @param port the port the provider listens on
 */
@ConfigurationProperties("foundation.local-sign-in")
record LocalSignInProperties(boolean enabled, @DefaultValue("127.0.0.1") String host, @DefaultValue("8081") int port) {

	/** The demo organisation's Entra tenant id, fixed so that the README can name it. */
	static final UUID DEMO_TENANT_ID = UUID.fromString("d3e0d3e0-0000-4000-8000-00000000de00");

	static final String DEMO_ORGANISATION_NAME = "Demo Organisation";

	static final String ISSUER_ID = "entra";

	static final String CLIENT_ID = "foundation-identity-local";

	static final String CLIENT_SECRET = "local-development-only";

	String baseUrl() {
		return "http://" + this.host + ":" + this.port;
	}

	/**
	 * The Entra settings with every endpoint at the local provider; the role and scopes
	 * stay as configured.
	 */
	EntraSignInProperties entraSettings(EntraSignInProperties configured) {
		String issuer = baseUrl() + "/" + ISSUER_ID;
		return new EntraSignInProperties(CLIENT_ID, CLIENT_SECRET, issuer, issuer + "/authorize", issuer + "/token",
				issuer + "/jwks", baseUrl() + "/" + EntraSignInProperties.TENANT_PLACEHOLDER + "/v2.0",
				configured.tenantAdministratorRole(), configured.scopes());
	}

}
