package energy.foundation.identity.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenant administrators sign in through Microsoft Entra ID
 * ({@code foundation.sign-in.entra}): one multi-tenant app registration of the vendor.
 *
 * @param clientId the app registration's application (client) id; without it nobody can
 * sign in to the tenant admin app
 * @param clientSecret a client secret of the app registration
 * @param authority where people sign in; the authorization and token endpoints are
 * {@code /oauth2/v2.0/authorize} and {@code /oauth2/v2.0/token} below it (a trailing
 * {@code /v2.0} is dropped first)
 * @param authorizationUri the authorization endpoint, when not derived from the authority
 * @param tokenUri the token endpoint, when not derived from the authority
 * @param jwkSetUri the keys that sign ID tokens of every tenant
 * @param issuerTemplate the issuer an ID token must name, with {@code {tid}} standing for
 * the token's own tenant id
 * @param tenantAdministratorRole the app role value a person needs
 * @param scopes the scopes asked for ({@code openid profile email} when unset)
 */
@ConfigurationProperties("foundation.sign-in.entra")
record EntraSignInProperties(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://login.microsoftonline.com/organizations/v2.0") String authority,
		@Nullable String authorizationUri, @Nullable String tokenUri,
		@DefaultValue("https://login.microsoftonline.com/common/discovery/v2.0/keys") String jwkSetUri,
		@DefaultValue("https://login.microsoftonline.com/" + TENANT_PLACEHOLDER + "/v2.0") String issuerTemplate,
		@DefaultValue("Tenant.Administrator") String tenantAdministratorRole, @Nullable List<String> scopes) {

	/** What {@link #issuerTemplate()} holds in place of the tenant id. */
	static final String TENANT_PLACEHOLDER = "{tid}";

	private static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email");

	List<String> resolvedScopes() {
		return (this.scopes != null && !this.scopes.isEmpty()) ? this.scopes : DEFAULT_SCOPES;
	}

	String resolvedAuthorizationUri() {
		return (this.authorizationUri != null && !this.authorizationUri.isBlank()) ? this.authorizationUri
				: authorityBase() + "/oauth2/v2.0/authorize";
	}

	String resolvedTokenUri() {
		return (this.tokenUri != null && !this.tokenUri.isBlank()) ? this.tokenUri
				: authorityBase() + "/oauth2/v2.0/token";
	}

	String issuerFor(String tenantId) {
		return this.issuerTemplate.replace(TENANT_PLACEHOLDER, tenantId);
	}

	private String authorityBase() {
		String base = this.authority.endsWith("/") ? this.authority.substring(0, this.authority.length() - 1)
				: this.authority;
		return base.endsWith("/v2.0") ? base.substring(0, base.length() - "/v2.0".length()) : base;
	}

}
