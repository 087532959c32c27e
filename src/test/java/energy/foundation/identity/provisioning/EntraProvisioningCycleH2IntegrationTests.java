package energy.foundation.identity.provisioning;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AbstractEntraProvisioningCycleIntegrationTests} on the embedded H2 default.
 */
class EntraProvisioningCycleH2IntegrationTests extends AbstractEntraProvisioningCycleIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
