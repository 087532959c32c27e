package energy.foundation.identity.organisation;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The organisation lifecycle on PostgreSQL.
 */
class OrganisationLifecyclePostgresIntegrationTests extends OrganisationLifecycleIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
