package energy.foundation.identity.signin;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SignInLinkStorageSuite} on the embedded H2 default.
 */
class SignInLinkStorageH2IntegrationTests extends SignInLinkStorageSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
