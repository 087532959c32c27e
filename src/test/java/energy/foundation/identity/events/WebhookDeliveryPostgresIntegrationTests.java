package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link WebhookDeliverySuite} on PostgreSQL, in a database of its own: no other
 * context's delivery settings reach its endpoints.
 */
class WebhookDeliveryPostgresIntegrationTests extends WebhookDeliverySuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "webhooks");
	}

}
