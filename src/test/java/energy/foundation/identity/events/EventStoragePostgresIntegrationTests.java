package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link EventStorageSuite} on PostgreSQL.
 */
class EventStoragePostgresIntegrationTests extends EventStorageSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "events");
	}

}
