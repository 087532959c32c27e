package energy.foundation.identity.admin;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The users and groups pages on PostgreSQL.
 */
class DirectoryPagesPostgresIntegrationTests extends DirectoryPagesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
