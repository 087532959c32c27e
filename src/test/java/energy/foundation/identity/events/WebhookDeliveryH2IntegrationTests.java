package energy.foundation.identity.events;

import energy.foundation.identity.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link WebhookDeliverySuite} on the embedded H2 default, in a database of its own: no
 * other context's delivery settings reach its endpoints.
 */
class WebhookDeliveryH2IntegrationTests extends WebhookDeliverySuite {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "webhooks");
	}

}
