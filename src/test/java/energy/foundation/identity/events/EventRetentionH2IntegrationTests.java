package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link EventRetentionSuite} on the embedded H2 default.
 */
class EventRetentionH2IntegrationTests extends EventRetentionSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "retention");
	}

}
