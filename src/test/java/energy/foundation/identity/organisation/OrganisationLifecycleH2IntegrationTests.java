package energy.foundation.identity.organisation;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The organisation lifecycle on the embedded H2 default.
 */
class OrganisationLifecycleH2IntegrationTests extends OrganisationLifecycleIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
