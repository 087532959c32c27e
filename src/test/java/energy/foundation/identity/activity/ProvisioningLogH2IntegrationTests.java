package energy.foundation.identity.activity;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ProvisioningLogSuite} on the embedded H2 default.
 */
class ProvisioningLogH2IntegrationTests extends ProvisioningLogSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
