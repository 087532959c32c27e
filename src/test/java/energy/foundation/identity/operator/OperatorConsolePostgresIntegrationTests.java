package energy.foundation.identity.operator;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Operator accounts and sign-in on PostgreSQL. No other class shares this context: it is
 * closed afterwards, so that its connection pool and web server do not stay open (and
 * count against PostgreSQL's connection limit) all run long.
 */
@DirtiesContext
class OperatorConsolePostgresIntegrationTests extends OperatorConsoleScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "operators");
	}

}
