package energy.foundation.identity.activity;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ProvisioningLogSuite} on PostgreSQL.
 */
class ProvisioningLogPostgresIntegrationTests extends ProvisioningLogSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
