package energy.foundation.identity.admin;

import energy.foundation.identity.support.LocalIdentityProvider;
import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenant administrator sign-in on the embedded default, H2 in file mode. No other class
 * shares this context: it is closed afterwards, so that its connection pool and web
 * server do not stay open (and count against PostgreSQL's connection limit) all run long.
 */
@DirtiesContext
class TenantSignInH2IntegrationTests extends TenantSignInScenarios {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		LocalIdentityProvider.shared().register(registry);
	}

}
