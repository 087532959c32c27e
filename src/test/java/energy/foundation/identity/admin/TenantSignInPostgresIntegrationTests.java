package energy.foundation.identity.admin;

import energy.foundation.identity.support.LocalIdentityProvider;
import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenant administrator sign-in on PostgreSQL. No other class shares this context: it is
 * closed afterwards, so that its connection pool and web server do not stay open (and
 * count against PostgreSQL's connection limit) all run long.
 */
@DirtiesContext
class TenantSignInPostgresIntegrationTests extends TenantSignInScenarios {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		LocalIdentityProvider.shared().register(registry);
	}

}
