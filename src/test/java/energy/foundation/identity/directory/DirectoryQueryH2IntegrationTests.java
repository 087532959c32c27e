package energy.foundation.identity.directory;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The directory queries on the embedded H2 default, in a fresh file.
 */
class DirectoryQueryH2IntegrationTests extends DirectoryQueryIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
