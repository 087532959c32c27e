package energy.foundation.identity.admin;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The Entra settings in effect: as configured, or pointing at the local development
 * provider when that is on. Both go through the same client registration, validators and
 * checks.
 *
 * @param entra the settings in effect
 * @param local whether the local development sign-in is on
 */
record TenantSignInSettings(EntraSignInProperties entra, boolean local) {

	/**
	 * The registration id, part of {@code /oauth2/authorization/entra} and the redirect
	 * URI.
	 */
	static final String REGISTRATION_ID = "entra";

	static TenantSignInSettings of(EntraSignInProperties configured, LocalSignInProperties local) {
		return local.enabled() ? new TenantSignInSettings(local.entraSettings(configured), true)
				: new TenantSignInSettings(configured, false);
	}

	/**
	 * The client registration, built here rather than discovered at start-up: a
	 * multi-tenant authority names no single issuer.
	 * @return the registration, or {@code null} when no client id is configured
	 */
	@Nullable ClientRegistration clientRegistration() {
		String clientId = this.entra.clientId();
		if (clientId == null || clientId.isBlank()) {
			return null;
		}
		String clientSecret = this.entra.clientSecret();
		boolean secret = clientSecret != null && !clientSecret.isBlank();
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Microsoft Entra ID")
			.clientId(clientId)
			.clientSecret(secret ? clientSecret : null)
			.clientAuthenticationMethod(
					secret ? ClientAuthenticationMethod.CLIENT_SECRET_POST : ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(this.entra.resolvedScopes())
			.authorizationUri(this.entra.resolvedAuthorizationUri())
			.tokenUri(this.entra.resolvedTokenUri())
			.jwkSetUri(this.entra.jwkSetUri())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.build();
	}

}
