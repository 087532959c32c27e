package energy.foundation.identity.directory;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DirectoryOverScimSuite} on PostgreSQL.
 */
class DirectoryOverScimPostgresIntegrationTests extends DirectoryOverScimSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
