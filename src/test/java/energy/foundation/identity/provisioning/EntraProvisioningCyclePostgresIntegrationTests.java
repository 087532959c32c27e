package energy.foundation.identity.provisioning;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AbstractEntraProvisioningCycleIntegrationTests} on PostgreSQL, the production
 * store.
 */
class EntraProvisioningCyclePostgresIntegrationTests extends AbstractEntraProvisioningCycleIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
