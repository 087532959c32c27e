package energy.foundation.identity.signin;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SignInLinkStorageSuite} on PostgreSQL.
 */
class SignInLinkStoragePostgresIntegrationTests extends SignInLinkStorageSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
