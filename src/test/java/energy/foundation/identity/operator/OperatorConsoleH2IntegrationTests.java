package energy.foundation.identity.operator;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Operator accounts and sign-in on the embedded default, H2 in file mode.
 */
class OperatorConsoleH2IntegrationTests extends OperatorConsoleScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "operators");
	}

}
