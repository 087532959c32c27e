package energy.foundation.identity.admin;

import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * What the local development provider puts into its tokens: the claims Entra ID would put
 * there for the demo organisation's tenant administrator. The subject is the name the
 * person types on the provider's login page.
 */
final class LocalTokenCallback implements OAuth2TokenCallback {

	/** The demo administrator's Entra object id. */
	static final String DEMO_OBJECT_ID = "d3e0d3e0-0000-4000-8000-0000000000a1";

	private static final long EXPIRY_SECONDS = 3600;

	private final TenantSignInSettings settings;

	LocalTokenCallback(TenantSignInSettings settings) {
		this.settings = settings;
	}

	@Override
	public String issuerId() {
		return LocalSignInProperties.ISSUER_ID;
	}

	@Override
	public String subject(TokenRequest tokenRequest) {
		return "demo-administrator";
	}

	@Override
	public String typeHeader(TokenRequest tokenRequest) {
		return "JWT";
	}

	@Override
	public List<String> audience(TokenRequest tokenRequest) {
		return List.of(LocalSignInProperties.CLIENT_ID);
	}

	@Override
	public Map<String, Object> addClaims(TokenRequest tokenRequest) {
		String tenantId = LocalSignInProperties.DEMO_TENANT_ID.toString();
		return Map.of("iss", this.settings.entra().issuerFor(tenantId), TenantAdministratorUserService.TENANT_ID,
				tenantId, TenantAdministratorUserService.ROLES,
				List.of(this.settings.entra().tenantAdministratorRole()), "oid", DEMO_OBJECT_ID, "azp",
				LocalSignInProperties.CLIENT_ID);
	}

	@Override
	public long tokenExpiry() {
		return EXPIRY_SECONDS;
	}

}
