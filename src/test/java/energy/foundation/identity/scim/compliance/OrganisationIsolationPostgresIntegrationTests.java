package energy.foundation.identity.scim.compliance;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrganisationIsolationSuite} on PostgreSQL.
 */
class OrganisationIsolationPostgresIntegrationTests extends OrganisationIsolationSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
