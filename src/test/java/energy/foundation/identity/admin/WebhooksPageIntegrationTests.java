package energy.foundation.identity.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.events.IssuedWebhookSecret;
import energy.foundation.identity.events.WebhookDeadLetter;
import energy.foundation.identity.events.Webhooks;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.support.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The webhooks page of an instance: adding an endpoint (secret shown once), rotating,
 * switching off and on, deleting, dead letters and their redelivery, always within the
 * signed-in administrator's organisation; another organisation's instance is the
 * not-found page.
 */
class WebhooksPageIntegrationTests extends AdminPageTests {

	// never resolves (RFC 6761): the delivery worker's attempts fail quickly and quietly
	private static final String URL = "https://hooks.contoso.invalid/contoso-events";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		// other than the defaults, so that the page must show the settings
		registry.add("foundation.events.webhooks.retry-window", () -> "36h");
		registry.add("foundation.events.webhooks.request-timeout", () -> "7s");
	}

	@Autowired
	private Instances instances;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private DSLContext dsl;

	private UUID instance;

	private UUID otherInstance;

	private String page;

	@BeforeEach
	void createInstances() {
		this.instance = this.instances.create(this.organisation.id(), "Production").id();
		this.otherInstance = this.instances.create(this.otherOrganisation.id(), "Production").id();
		this.page = "/admin/instances/" + this.instance + "/webhooks";
	}

	@Test
	void pageWhenNoEndpointThenEmptyStateAndForm() throws Exception {
		this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, "https://hooks.fabrikam.invalid/fabrikam",
				null);

		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-endpoints\"")))
			.andExpect(content().string(containsString("id=\"add-webhook-form\"")))
			.andExpect(content().string(containsString("id=\"no-dead-letters\"")))
			.andExpect(content().string(not(containsString("fabrikam"))));
	}

	@Test
	void pageWhenRetrySettingsChangedThenPageStatesThem() throws Exception {
		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retried for <span>36 hours</span>")))
			.andExpect(content().string(containsString("no answer within <span>7 seconds</span>")));
	}

	@Test
	void pageWhenInstanceOfAnotherOrganisationThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/instances/" + this.otherInstance + "/webhooks").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void pageWhenInstanceUnknownOrMalformedThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/instances/" + UUID.randomUUID() + "/webhooks").with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/instances/not-an-id/webhooks").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void addWhenHttpsUrlThenSecretShownOnceWithoutCaching() throws Exception {
		MvcResult result = this.mvc.perform(post(this.page).with(admin()).with(csrf()).param("url", URL))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("will not be shown again")))
			.andReturn();
		String secret = result.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*id=\"secret\"[^>]*>(whsec_[A-Za-z0-9_-]{43})<.*", "$1");

		assertThat(secret).startsWith("whsec_").hasSize(49);
		assertThat(this.webhooks.list(this.organisation.id(), this.instance)).singleElement().satisfies((endpoint) -> {
			assertThat(endpoint.url()).isEqualTo(URL);
			assertThat(endpoint.createdBy()).isEqualTo("Avery Admin");
			assertThat(secret).startsWith(endpoint.secretHint());
		});
		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(URL)))
			.andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void addWhenPlainHttpThenFormMessageAndNothingAdded() throws Exception {
		this.mvc.perform(post(this.page).with(admin()).with(csrf()).param("url", "http://instance.example.com/events"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"webhook-url-error\"")))
			.andExpect(content().string(containsString("must start with https://")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		assertThat(this.webhooks.list(this.organisation.id(), this.instance)).isEmpty();
	}

	@Test
	void addWhenPrivateAddressThenFormMessageAndNothingAdded() throws Exception {
		this.mvc
			.perform(
					post(this.page).with(admin()).with(csrf()).param("url", "https://169.254.169.254/latest/meta-data"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"webhook-url-error\"")))
			.andExpect(content().string(containsString("must not point to a private")));

		assertThat(this.webhooks.list(this.organisation.id(), this.instance)).isEmpty();
	}

	@Test
	void addWhenUrlBlankThenFormMessage() throws Exception {
		this.mvc.perform(post(this.page).with(admin()).with(csrf()).param("url", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the URL of your webhook receiver")));
	}

	@Test
	void addWhenInstanceOfAnotherOrganisationThenNotFoundAndNothingAdded() throws Exception {
		this.mvc
			.perform(post("/admin/instances/" + this.otherInstance + "/webhooks").with(admin())
				.with(csrf())
				.param("url", URL))
			.andExpect(status().isNotFound());

		assertThat(this.webhooks.list(this.otherOrganisation.id(), this.otherInstance)).isEmpty();
	}

	@Test
	void addWhenNoCsrfTokenThenForbidden() throws Exception {
		this.mvc.perform(post(this.page).with(admin()).param("url", URL)).andExpect(status().isForbidden());

		assertThat(this.webhooks.list(this.organisation.id(), this.instance)).isEmpty();
	}

	@Test
	void rotateWhenOwnEndpointThenNewSecretOnceAndPreviousStillSigning() throws Exception {
		IssuedWebhookSecret first = this.webhooks.add(this.organisation.id(), this.instance, URL, null);

		String answer = this.mvc
			.perform(post(this.page + "/" + first.endpointId() + "/rotate").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("id=\"rotation-notice\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = answer.replaceAll("(?s).*id=\"secret\"[^>]*>(whsec_[A-Za-z0-9_-]{43})<.*", "$1");

		assertThat(second).startsWith("whsec_").isNotEqualTo(first.secret());
		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(content().string(containsString(second.substring(0, 10) + "…")))
			.andExpect(content().string(containsString("and the previous")))
			.andExpect(content().string(containsString(first.secret().substring(0, 10) + "…")));
	}

	@Test
	void rotateWhenEndpointOfAnotherOrganisationThenNotFound() throws Exception {
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);

		this.mvc.perform(post(this.page + "/" + foreign.endpointId() + "/rotate").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/instances/" + this.otherInstance + "/webhooks/" + foreign.endpointId() + "/rotate")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.webhooks.list(this.otherOrganisation.id(), this.otherInstance)).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.previousSecretHint()).isNull());
	}

	@Test
	void disableAndEnableWhenOwnEndpointThenSwitchedAndSaid() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);

		this.mvc.perform(post(this.page + "/" + issued.endpointId() + "/disable").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("switched", "off"));
		assertThat(this.webhooks.find(this.organisation.id(), this.instance, issued.endpointId())).get()
			.satisfies((endpoint) -> assertThat(endpoint.active()).isFalse());
		this.mvc.perform(get(this.page).with(admin())).andExpect(content().string(containsString("Switched off")));

		this.mvc.perform(post(this.page + "/" + issued.endpointId() + "/enable").with(admin()).with(csrf()))
			.andExpect(flash().attribute("switched", "on"));
		assertThat(this.webhooks.find(this.organisation.id(), this.instance, issued.endpointId())).get()
			.satisfies((endpoint) -> assertThat(endpoint.active()).isTrue());
	}

	@Test
	void deleteWhenOwnEndpointThenGone() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);

		this.mvc.perform(post(this.page + "/" + issued.endpointId() + "/delete").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("deleted", URL));

		assertThat(this.webhooks.list(this.organisation.id(), this.instance)).isEmpty();
	}

	@Test
	void deleteWhenEndpointOfAnotherOrganisationThenNotFoundAndKept() throws Exception {
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);

		this.mvc.perform(post(this.page + "/" + foreign.endpointId() + "/delete").with(admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));

		assertThat(this.webhooks.list(this.otherOrganisation.id(), this.otherInstance)).hasSize(1);
	}

	@Test
	void pageWhenDeadLettersThenListedWithRedeliver() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);
		UUID deadLetter = insertDeadLetter(issued.endpointId(), this.organisation.id(), "user.disabled");
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);
		insertDeadLetter(foreign.endpointId(), this.otherOrganisation.id(), "group.deleted");

		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dead-letter-" + deadLetter + "\"")))
			.andExpect(content().string(containsString("user.disabled")))
			.andExpect(content().string(containsString("HTTP 503")))
			.andExpect(content().string(containsString("Redeliver")))
			.andExpect(content().string(not(containsString("group.deleted"))));
	}

	@Test
	void redeliverWhenOwnDeadLetterThenQueuedByTheAdministrator() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);
		UUID deadLetter = insertDeadLetter(issued.endpointId(), this.organisation.id(), "user.disabled");

		this.mvc.perform(post(this.page + "/dead-letters/" + deadLetter + "/redeliver").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("redelivery", "queued"));

		assertThat(this.webhooks.deadLetters(this.organisation.id(), this.instance)).singleElement()
			.satisfies((found) -> {
				assertThat(found.requestedBy()).isEqualTo("Avery Admin");
				assertThat(found.requestedAt()).isNotNull();
			});
	}

	@Test
	void redeliverWhenDeadLetterOfAnotherOrganisationThenNotFoundAndUntouched() throws Exception {
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);
		UUID deadLetter = insertDeadLetter(foreign.endpointId(), this.otherOrganisation.id(), "group.deleted");

		this.mvc.perform(post(this.page + "/dead-letters/" + deadLetter + "/redeliver").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.webhooks.deadLetters(this.otherOrganisation.id(), this.otherInstance)).singleElement()
			.satisfies((found) -> {
				assertThat(found.state()).isEqualTo(WebhookDeadLetter.State.DEAD);
				assertThat(found.requestedAt()).isNull();
			});
	}

	@Test
	void redeliverWhenOwnDeadLetterBeyondTheListedOnesThenQueued() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);
		List<UUID> deadLetters = insertDeadLetters(issued.endpointId(), this.organisation.id(),
				Webhooks.MAX_DEAD_LETTERS_LISTED + 1);
		// the oldest: not on the page
		UUID oldest = deadLetters.get(0);
		assertThat(this.webhooks.deadLetters(this.organisation.id(), this.instance))
			.noneMatch((listed) -> listed.id().equals(oldest));

		this.mvc.perform(post(this.page + "/dead-letters/" + oldest + "/redeliver").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("redelivery", "queued"));

		assertThat(this.webhooks.findDeadLetter(this.organisation.id(), this.instance, oldest)).get()
			.satisfies((found) -> assertThat(found.requestedBy()).isEqualTo("Avery Admin"));
	}

	@Test
	void redeliverAllWhenOwnEndpointThenEveryWaitingDeadLetterQueuedAndOthersUntouched() throws Exception {
		IssuedWebhookSecret issued = this.webhooks.add(this.organisation.id(), this.instance, URL, null);
		List<UUID> waiting = insertDeadLetters(issued.endpointId(), this.organisation.id(),
				Webhooks.MAX_DEAD_LETTERS_LISTED + 5);
		UUID redelivered = insertDeadLetter(issued.endpointId(), this.organisation.id(), "user.updated");
		this.dsl.update(DSL.table("webhook_dead_letter"))
			.set(DSL.field("state"), "redelivered")
			.where(DSL.field("id").eq(redelivered))
			.execute();
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);
		UUID foreignDeadLetter = insertDeadLetter(foreign.endpointId(), this.otherOrganisation.id(), "group.deleted");
		this.mvc.perform(get(this.page).with(admin()))
			.andExpect(content().string(containsString("class=\"secondary redeliver-all\"")))
			.andExpect(content().string(containsString(waiting.size() + " waiting for redelivery")));

		this.mvc
			.perform(post(this.page + "/" + issued.endpointId() + "/redeliver-dead-letters").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("redeliveredAll", waiting.size()));
		this.mvc.perform(get(this.page).with(admin()).flashAttr("redeliveredAll", waiting.size()))
			.andExpect(content().string(containsString(waiting.size() + " dead letters are queued")));

		for (UUID id : waiting) {
			assertThat(this.webhooks.findDeadLetter(this.organisation.id(), this.instance, id)).get()
				.satisfies((found) -> assertThat(found.requestedBy()).isEqualTo("Avery Admin"));
		}
		assertThat(this.webhooks.findDeadLetter(this.organisation.id(), this.instance, redelivered)).get()
			.satisfies((found) -> assertThat(found.requestedAt()).isNull());
		assertThat(this.webhooks.findDeadLetter(this.otherOrganisation.id(), this.otherInstance, foreignDeadLetter))
			.get()
			.satisfies((found) -> assertThat(found.requestedAt()).isNull());
	}

	@Test
	void redeliverAllWhenEndpointOfAnotherOrganisationThenNotFoundAndUntouched() throws Exception {
		IssuedWebhookSecret foreign = this.webhooks.add(this.otherOrganisation.id(), this.otherInstance, URL, null);
		UUID deadLetter = insertDeadLetter(foreign.endpointId(), this.otherOrganisation.id(), "group.deleted");

		this.mvc
			.perform(
					post(this.page + "/" + foreign.endpointId() + "/redeliver-dead-letters").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(this.page + "/" + foreign.endpointId() + "/redeliver-dead-letters").with(admin()))
			.andExpect(status().isForbidden());

		assertThat(this.webhooks.findDeadLetter(this.otherOrganisation.id(), this.otherInstance, deadLetter)).get()
			.satisfies((found) -> assertThat(found.requestedAt()).isNull());
	}

	/**
	 * Dead letters as the delivery worker leaves them, oldest first, one second apart.
	 */
	private List<UUID> insertDeadLetters(UUID endpointId, UUID organisationId, int count) {
		Instant first = Instant.now().minus(Duration.ofDays(1));
		List<UUID> ids = new ArrayList<>();
		var insert = this.dsl.insertInto(DSL.table("webhook_dead_letter"), DSL.field("id"), DSL.field("endpoint_id"),
				DSL.field("organisation_id"), DSL.field("position"), DSL.field("event_id"), DSL.field("event_type"),
				DSL.field("dead_at"), DSL.field("attempts"), DSL.field("last_error"), DSL.field("state"));
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			insert = insert.values(id, endpointId, organisationId, 2_000_000L + i, UUID.randomUUID(), "user.updated",
					first.plusSeconds(i), 31, "HTTP 503", "dead");
		}
		insert.execute();
		return ids;
	}

	/**
	 * A dead letter as the delivery worker leaves it after the retry window.
	 */
	private UUID insertDeadLetter(UUID endpointId, UUID organisationId, String type) {
		UUID id = UUID.randomUUID();
		this.dsl.insertInto(DSL.table("webhook_dead_letter"))
			.set(DSL.field("id"), id)
			.set(DSL.field("endpoint_id"), endpointId)
			.set(DSL.field("organisation_id"), organisationId)
			.set(DSL.field("position"), (long) Math.abs(id.getLeastSignificantBits() % 1_000_000))
			.set(DSL.field("event_id"), UUID.randomUUID())
			.set(DSL.field("event_type"), type)
			.set(DSL.field("dead_at"), Instant.now())
			.set(DSL.field("attempts"), 31)
			.set(DSL.field("last_error"), "HTTP 503")
			.set(DSL.field("state"), "dead")
			.execute();
		return id;
	}

}
