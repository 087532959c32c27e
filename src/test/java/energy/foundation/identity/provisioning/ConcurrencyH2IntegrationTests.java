package energy.foundation.identity.provisioning;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AbstractConcurrencyIntegrationTests} on the embedded H2 default.
 */
class ConcurrencyH2IntegrationTests extends AbstractConcurrencyIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
