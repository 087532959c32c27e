package energy.foundation.identity.admin;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provisioning log pages on the embedded H2 default.
 */
class ProvisioningLogPagesH2IntegrationTests extends ProvisioningLogPagesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
