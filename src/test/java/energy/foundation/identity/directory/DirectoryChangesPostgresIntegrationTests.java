package energy.foundation.identity.directory;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the directory tells its listeners, on PostgreSQL.
 */
class DirectoryChangesPostgresIntegrationTests extends DirectoryChangesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
