package energy.foundation.identity.api;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The change feed of the directory API on the embedded default, H2 in file mode.
 */
class EventFeedApiH2IntegrationTests extends EventFeedApiScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
