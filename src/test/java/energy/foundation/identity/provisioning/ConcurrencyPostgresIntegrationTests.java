package energy.foundation.identity.provisioning;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AbstractConcurrencyIntegrationTests} on PostgreSQL, the production store.
 */
class ConcurrencyPostgresIntegrationTests extends AbstractConcurrencyIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
