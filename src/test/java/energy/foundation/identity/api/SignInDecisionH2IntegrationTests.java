package energy.foundation.identity.api;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in decisions on the embedded default, H2 in file mode.
 */
class SignInDecisionH2IntegrationTests extends SignInDecisionScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
