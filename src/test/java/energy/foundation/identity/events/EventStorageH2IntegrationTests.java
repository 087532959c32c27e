package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link EventStorageSuite} on the embedded H2 default.
 */
class EventStorageH2IntegrationTests extends EventStorageSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "events");
	}

}
