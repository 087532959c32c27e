package energy.foundation.identity.events;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.support.HttpCaller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that keeps failing past the retry window (two seconds here, a day by
 * default): its events go to the dead letters, the cursor moves on so that later events
 * flow again, and a tenant administrator's redelivery brings the dead letters to the
 * receiver once it works.
 */
@TestPropertySource(properties = "foundation.events.webhooks.retry-window=2s")
abstract class WebhookDeadLetterSuite extends WebhookTests {

	@Test
	void deliveryWhenReceiverFailsBeyondRetryWindowThenDeadLettersAndRedeliveryWorks() {
		HttpCaller scim = this.tenant.scim();
		this.receiver.answerWith(503);
		String ada = createUser(scim, "ada");
		patch(scim, "/Users/" + ada, "replace", "displayName", "\"Ada L.\"");

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).hasSize(2));
		List<WebhookDeadLetter> deadLetters = this.webhooks.deadLetters(this.organisation, this.instance);
		List<String> deadIds = ids(feedEvents());
		assertThat(deadLetters).allSatisfy((deadLetter) -> {
			assertThat(deadLetter.state()).isEqualTo(WebhookDeadLetter.State.DEAD);
			assertThat(deadLetter.lastError()).isEqualTo("HTTP 503");
			assertThat(deadLetter.attempts()).isGreaterThanOrEqualTo(2);
		});
		assertThat(deadLetters).extracting((deadLetter) -> deadLetter.eventId().toString())
			.containsExactlyInAnyOrderElementsOf(deadIds);
		assertThat(this.webhooks.find(this.organisation, this.instance, this.secret.endpointId())).get()
			.satisfies((endpoint) -> assertThat(endpoint.pendingEvents()).isZero());

		this.receiver.answerWith(200);
		patch(scim, "/Users/" + ada, "replace", "displayName", "\"Ada Lovelace\"");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.receiver.acceptedEvents()).hasSize(1));
		assertThat(ids(this.receiver.acceptedEvents())).doesNotContainAnyElementsOf(deadIds);

		for (WebhookDeadLetter deadLetter : deadLetters) {
			assertThat(this.webhooks.redeliver(this.organisation, this.instance, deadLetter.id(), "Avery Admin"))
				.isTrue();
		}
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.receiver.acceptedEvents()).hasSize(3));
		List<JsonNode> accepted = this.receiver.acceptedEvents();
		// each redelivery is queued on its own: the worker may send them
		// in one request or in two, in either order
		assertThat(ids(accepted.subList(1, 3))).containsExactlyInAnyOrderElementsOf(deadIds);
		assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).allSatisfy((deadLetter) -> {
			assertThat(deadLetter.state()).isEqualTo(WebhookDeadLetter.State.REDELIVERED);
			assertThat(deadLetter.redeliveredAt()).isNotNull();
			assertThat(deadLetter.requestedBy()).isEqualTo("Avery Admin");
		});
		assertThat(this.receiver.problems()).isEmpty();
	}

	@Test
	void deliveryWhenSecretCannotBeOpenedBeyondRetryWindowThenDeadLetters() {
		sealSecretWithAnotherKey();

		createUser(this.tenant.scim(), "ada");

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).singleElement()
				.satisfies(
						(deadLetter) -> assertThat(deadLetter.lastError()).isEqualTo(WebhookDelivery.INTERNAL_ERROR)));
		assertThat(this.receiver.requests()).isEmpty();
		assertThat(this.webhooks.deadLetters(UUID.fromString(this.otherTenant.organisationId()), this.instance))
			.isEmpty();
	}

	@Test
	void redeliverWhenOtherOrganisationOrUnknownThenRefused() {
		this.receiver.answerWith(500);
		createUser(this.tenant.scim(), "ada");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).hasSize(1));
		WebhookDeadLetter deadLetter = this.webhooks.deadLetters(this.organisation, this.instance).get(0);
		UUID otherOrganisation = UUID.fromString(this.otherTenant.organisationId());

		boolean foreign = this.webhooks.redeliver(otherOrganisation, this.instance, deadLetter.id(), null);
		boolean unknown = this.webhooks.redeliver(this.organisation, this.instance, UUID.randomUUID(), null);

		assertThat(foreign).isFalse();
		assertThat(unknown).isFalse();
		assertThat(this.webhooks.deadLetters(otherOrganisation, this.instance)).isEmpty();
		assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).singleElement()
			.satisfies((found) -> assertThat(found.state()).isEqualTo(WebhookDeadLetter.State.DEAD));
	}

	@Test
	void redeliverWhenReceiverStillFailingThenBackInTheListWithTheError() {
		this.receiver.answerWith(500);
		createUser(this.tenant.scim(), "ada");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).hasSize(1));
		WebhookDeadLetter deadLetter = this.webhooks.deadLetters(this.organisation, this.instance).get(0);
		this.receiver.answerWith(502);

		this.webhooks.redeliver(this.organisation, this.instance, deadLetter.id(), null);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).singleElement()
				.satisfies((found) -> {
					assertThat(found.state()).isEqualTo(WebhookDeadLetter.State.DEAD);
					assertThat(found.lastError()).isEqualTo("HTTP 502");
					assertThat(found.attempts()).isGreaterThan(deadLetter.attempts());
				}));
	}

}
