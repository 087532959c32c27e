package energy.foundation.identity.credential;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Machine clients and token signing keys on the embedded default, H2 in file mode.
 */
class MachineClientsH2IntegrationTests extends MachineClientsScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
