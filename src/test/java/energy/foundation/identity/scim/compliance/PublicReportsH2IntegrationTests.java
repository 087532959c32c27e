package energy.foundation.identity.scim.compliance;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PublicReportsSuite} on the embedded H2 default.
 */
class PublicReportsH2IntegrationTests extends PublicReportsSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
