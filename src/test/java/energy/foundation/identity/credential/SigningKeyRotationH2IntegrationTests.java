package energy.foundation.identity.credential;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rotation of the token signing keys on the embedded default, H2 in file mode, in a data
 * directory of its own: the tests delete keys and move the clock on.
 */
class SigningKeyRotationH2IntegrationTests extends SigningKeyRotationScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "signing-keys");
	}

}
