package energy.foundation.identity.access;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Effective roles following SCIM changes on the embedded H2 default.
 */
class AccessOverScimH2IntegrationTests extends AccessOverScimIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
