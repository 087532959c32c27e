package energy.foundation.identity.admin;

import energy.foundation.identity.support.LocalIdentityProvider;
import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenant administrator sign-in on PostgreSQL.
 */
class TenantSignInPostgresIntegrationTests extends TenantSignInScenarios {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		LocalIdentityProvider.shared().register(registry);
	}

}
