package energy.foundation.identity.credential;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Machine clients and token signing keys on PostgreSQL.
 */
class MachineClientsPostgresIntegrationTests extends MachineClientsScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
