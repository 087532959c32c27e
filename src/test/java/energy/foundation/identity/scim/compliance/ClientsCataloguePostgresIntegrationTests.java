package energy.foundation.identity.scim.compliance;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ClientsCatalogueSuite} on PostgreSQL.
 */
class ClientsCataloguePostgresIntegrationTests extends ClientsCatalogueSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
