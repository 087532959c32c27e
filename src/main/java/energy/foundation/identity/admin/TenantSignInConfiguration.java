package energy.foundation.identity.admin;

import java.util.UUID;

import energy.foundation.identity.organisation.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The tenant administrators' OpenID Connect client: its registration, built from
 * {@code foundation.sign-in.entra} (or pointing at the local development provider), and
 * the ID token checks of a multi-tenant Entra app.
 */
@Configuration(proxyBeanMethods = false)
class TenantSignInConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(TenantSignInConfiguration.class);

	@Bean
	TenantSignInSettings tenantSignInSettings(EntraSignInProperties entra, LocalSignInProperties local) {
		TenantSignInSettings settings = TenantSignInSettings.of(entra, local);
		if (settings.clientRegistration() == null) {
			logger.warn("No foundation.sign-in.entra.client-id is configured: tenant administrators cannot sign in");
		}
		return settings;
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(TenantSignInSettings settings) {
		ClientRegistration registration = settings.clientRegistration();
		return (registrationId) -> (registration != null && registration.getRegistrationId().equals(registrationId))
				? registration : null;
	}

	@Bean
	JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(TenantSignInSettings settings) {
		OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
		factory
			.setJwtValidatorFactory((registration) -> new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
					new EntraIdTokenValidator(settings.entra(), registration.getClientId())));
		return factory;
	}

	@Bean
	@ConditionalOnBooleanProperty("foundation.local-sign-in.enabled")
	LocalIdentityServer localIdentityServer(LocalSignInProperties properties, TenantSignInSettings settings) {
		return new LocalIdentityServer(properties, settings);
	}

	@Bean
	@ConditionalOnBooleanProperty("foundation.local-sign-in.enabled")
	ApplicationRunner demoOrganisation(Organisations organisations) {
		return (arguments) -> {
			UUID tenantId = LocalSignInProperties.DEMO_TENANT_ID;
			if (organisations.findByEntraTenantId(tenantId).isEmpty()) {
				organisations.create(LocalSignInProperties.DEMO_ORGANISATION_NAME, tenantId.toString());
			}
		};
	}

}
