package energy.foundation.identity.operator;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Operator accounts and sign-in on PostgreSQL.
 */
class OperatorConsolePostgresIntegrationTests extends OperatorConsoleScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "operators");
	}

}
