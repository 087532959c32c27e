package energy.foundation.identity.scim.compliance;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrganisationIsolationSuite} on the embedded H2 default.
 */
class OrganisationIsolationH2IntegrationTests extends OrganisationIsolationSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
