package energy.foundation.identity.scim;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link StorageOverScimSuite} on PostgreSQL.
 */
class StorageOverScimPostgresIntegrationTests extends StorageOverScimSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
