package energy.foundation.identity.admin;

import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.organisation.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

/**
 * How tenant administrators sign in: OpenID Connect authorization code flow with PKCE
 * against Microsoft Entra ID (or the local development provider), landing on
 * {@code /admin}; refusals end on {@code /sign-in/refused}.
 */
@Component
public final class TenantAdministratorSignIn {

	/** The page with the sign-in button. */
	public static final String SIGN_IN_PAGE = "/sign-in";

	private final ClientRegistrationRepository registrations;

	private final Organisations organisations;

	private final TenantSignInSettings settings;

	private final AuditLog auditLog;

	TenantAdministratorSignIn(ClientRegistrationRepository registrations, Organisations organisations,
			TenantSignInSettings settings, AuditLog auditLog) {
		this.registrations = registrations;
		this.organisations = organisations;
		this.settings = settings;
		this.auditLog = auditLog;
	}

	/**
	 * Sets up the OpenID Connect sign-in.
	 */
	public void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
		login.loginPage(SIGN_IN_PAGE)
			.clientRegistrationRepository(this.registrations)
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(authorizationRequests()))
			.userInfoEndpoint(
					(userInfo) -> userInfo.oidcUserService(new TenantAdministratorUserService(this.organisations,
							this.settings.entra().tenantAdministratorRole(), this.auditLog)))
			.defaultSuccessUrl("/admin", true)
			.failureHandler(new SignInFailureHandler());
	}

	private OAuth2AuthorizationRequestResolver authorizationRequests() {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				this.registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new ConfiguredClientResolver(resolver, this.registrations);
	}

	/**
	 * Without a configured client there is nothing to redirect to: the request goes on
	 * and finds no page, instead of failing.
	 */
	private record ConfiguredClientResolver(OAuth2AuthorizationRequestResolver delegate,
			ClientRegistrationRepository registrations) implements OAuth2AuthorizationRequestResolver {

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
			return configured() ? this.delegate.resolve(request) : null;
		}

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
			return configured() ? this.delegate.resolve(request, registrationId) : null;
		}

		private boolean configured() {
			return this.registrations.findByRegistrationId(TenantSignInSettings.REGISTRATION_ID) != null;
		}

	}

}
