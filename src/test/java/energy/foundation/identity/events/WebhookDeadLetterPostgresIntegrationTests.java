package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link WebhookDeadLetterSuite} on PostgreSQL, in a database of its own: its short retry
 * window must not reach other suites' endpoints.
 */
class WebhookDeadLetterPostgresIntegrationTests extends WebhookDeadLetterSuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "dead_letters");
	}

}
