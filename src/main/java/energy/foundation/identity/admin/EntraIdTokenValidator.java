package energy.foundation.identity.admin;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Checks an ID token of a multi-tenant Entra app: it names a tenant ({@code tid}), its
 * issuer is that tenant's issuer (Entra issues
 * {@code https://login.microsoftonline.com/{tid}/v2.0}), it is meant for this client, and
 * it names a subject. Signature, expiry and nonce are checked elsewhere.
 */
final class EntraIdTokenValidator implements OAuth2TokenValidator<Jwt> {

	static final String INVALID_ID_TOKEN = "invalid_id_token";

	private final EntraSignInProperties entra;

	private final String clientId;

	EntraIdTokenValidator(EntraSignInProperties entra, String clientId) {
		this.entra = entra;
		this.clientId = clientId;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String tenantId = token.getClaimAsString(TenantAdministratorUserService.TENANT_ID);
		if (tenantId == null || !isGuid(tenantId)) {
			return failure("The ID token names no tenant (tid)");
		}
		String issuer = token.getClaimAsString("iss");
		if (issuer == null || !issuer.equals(this.entra.issuerFor(tenantId))) {
			return failure("The ID token's issuer is not the issuer of its tenant");
		}
		List<String> audience = token.getAudience();
		if (audience == null || !audience.contains(this.clientId)) {
			return failure("The ID token is not meant for this application");
		}
		String authorizedParty = token.getClaimAsString("azp");
		if (audience.size() > 1 && !this.clientId.equals(authorizedParty)) {
			return failure("The ID token was issued to another party");
		}
		if (token.getSubject() == null || token.getIssuedAt() == null || token.getExpiresAt() == null) {
			return failure("The ID token lacks sub, iat or exp");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static boolean isGuid(String value) {
		try {
			return UUID.fromString(value).toString().equalsIgnoreCase(value);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(INVALID_ID_TOKEN, description, null));
	}

}
