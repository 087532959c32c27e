package energy.foundation.identity.scim;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link StorageOverScimSuite} on the embedded H2 default.
 */
class StorageOverScimH2IntegrationTests extends StorageOverScimSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
