package energy.foundation.identity.credential;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rotation of the token signing keys on PostgreSQL, in a schema of its own: the tests
 * delete keys and move the clock on.
 */
class SigningKeyRotationPostgresIntegrationTests extends SigningKeyRotationScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "signing_keys");
	}

}
