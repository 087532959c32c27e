package energy.foundation.identity.api;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The token endpoint on the embedded default, H2 in file mode.
 */
class TokenEndpointH2IntegrationTests extends TokenEndpointScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
