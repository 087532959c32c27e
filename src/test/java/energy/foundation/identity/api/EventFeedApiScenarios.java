package energy.foundation.identity.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import energy.foundation.identity.access.Subject;
import energy.foundation.identity.support.DirectoryApiTests;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.MachineClientCredentials;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed of an instance over HTTP: what SCIM and role assignments change shows
 * up in order, role events only in their instance's feed, and never another
 * organisation's events. Run on each database by a subclass.
 */
abstract class EventFeedApiScenarios extends DirectoryApiTests {

	// events get their feed position once committed, shortly after the change
	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private DSLContext dsl;

	@Test
	void readEventsWhenUserProvisionedAndDisabledThenBothInOrder() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String user = createUser(scim, "avery@contoso.com", null, true);
		HttpResult disabled = scim.patch("/Users/" + user,
				"{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
						+ "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
		assertThat(disabled.status()).isEqualTo(200);

		List<JsonNode> events = readUntil(api(client), 0, (seen) -> types(seen).contains("user.disabled"));

		assertThat(types(events)).containsExactly("user.created", "user.disabled");
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.get("organisationId").asString()).isEqualTo(client.organisationId());
			assertThat(event.get("data").get("user").get("id").asString()).isEqualTo(user);
			assertThat(UUID.fromString(event.get("id").asString())).isNotNull();
			assertThat(event.has("instanceId")).isFalse();
		});
		assertThat(events.get(0).get("position").asLong()).isLessThan(events.get(1).get("position").asLong());
	}

	@Test
	void readEventsWhenRoleGrantedThenOnlyThatInstancesFeedHasIt() {
		MachineClientCredentials production = onboardInstance("Contoso");
		String testInstance = createInstance(production.organisationId(), "Test");
		MachineClientCredentials test = createClient(production.organisationId(), testInstance);
		String user = createUser(scim(production.organisationId()), "avery@contoso.com", null, true);
		String role = assignRole(production.organisationId(), production.instanceId(), "Reader",
				Subject.user(UUID.fromString(user)));
		createUser(scim(production.organisationId()), "later@contoso.com", null, true);

		List<JsonNode> productionEvents = readUntil(api(production), 0, (seen) -> seen.size() >= 3);
		List<JsonNode> testEvents = readUntil(api(test), 0, (seen) -> seen.size() >= 2);

		assertThat(types(productionEvents)).containsExactly("user.created", "role.granted", "user.created");
		JsonNode granted = productionEvents.get(1);
		assertThat(granted.get("instanceId").asString()).isEqualTo(production.instanceId());
		assertThat(granted.get("data").get("role").get("id").asString()).isEqualTo(role);
		assertThat(types(testEvents)).containsExactly("user.created", "user.created");
	}

	@Test
	void readEventsWhenPagedThenNextContinuesAndNeverGoesBack() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		createUser(scim, "avery@contoso.com", null, true);
		createUser(scim, "blake@contoso.com", null, true);
		HttpCaller api = api(client);
		readUntil(api, 0, (seen) -> seen.size() >= 2);

		JsonNode first = api.get("/events?after=0&limit=1").json();
		JsonNode second = api.get("/events?limit=1&after=" + first.get("next").asLong()).json();
		JsonNode nothing = api.get("/events?after=" + second.get("next").asLong()).json();
		JsonNode again = api.get("/events?after=" + nothing.get("next").asLong()).json();

		assertThat(first.get("events")).hasSize(1);
		assertThat(second.get("events")).hasSize(1);
		assertThat(second.get("events").get(0).get("id").asString())
			.isNotEqualTo(first.get("events").get(0).get("id").asString());
		assertThat(nothing.get("events")).isEmpty();
		// other organisations' events may have come meanwhile: next passes them
		assertThat(nothing.get("next").asLong()).isGreaterThanOrEqualTo(second.get("next").asLong());
		assertThat(again.get("events")).isEmpty();
		assertThat(again.get("next").asLong()).isGreaterThanOrEqualTo(nothing.get("next").asLong());
	}

	@Test
	void readEventsWhenAnotherOrganisationChangesThenNeverSeen() {
		MachineClientCredentials contoso = onboardInstance("Contoso");
		MachineClientCredentials fabrikam = onboardInstance("Fabrikam");
		String foreign = createUser(scim(fabrikam.organisationId()), "taylor@fabrikam.com", null, true);
		String own = createUser(scim(contoso.organisationId()), "avery@contoso.com", null, true);
		readUntil(api(fabrikam), 0, (seen) -> !seen.isEmpty());

		List<JsonNode> events = readUntil(api(contoso), 0, (seen) -> !seen.isEmpty());

		assertThat(events).singleElement()
			.satisfies((event) -> assertThat(event.get("data").get("user").get("id").asString()).isEqualTo(own));
		assertThat(events.toString()).doesNotContain(foreign).doesNotContain("taylor@fabrikam.com");
	}

	@Test
	void readEventsWhenAfterBeyondTheLastEventThenProblem() {
		MachineClientCredentials client = onboardInstance("Contoso");
		createUser(scim(client.organisationId()), "avery@contoso.com", null, true);
		HttpCaller api = api(client);
		readUntil(api, 0, (seen) -> !seen.isEmpty());
		long next = api.get("/events?after=0").json().get("next").asLong();

		HttpResult last = api.get("/events?after=" + next);
		HttpResult beyond = api.get("/events?after=" + (next + 1_000_000_000L));
		HttpResult largest = api.get("/events?after=" + Long.MAX_VALUE);

		assertThat(last.status()).isEqualTo(200);
		assertThat(beyond.status()).isEqualTo(400);
		assertProblem(beyond, "after is beyond the last event; start again from 0 or from a next you received");
		assertThat(largest.status()).isEqualTo(400);
		assertProblem(largest, "after is beyond the last event");
	}

	@Test
	void readEventsWhenAfterBelowThePruneHorizonThenGoneAndFromZeroStillRead() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		createUser(scim, "avery@contoso.com", null, true);
		createUser(scim, "blake@contoso.com", null, true);
		HttpCaller api = api(client);
		List<JsonNode> events = readUntil(api, 0, (seen) -> seen.size() >= 2);
		long first = events.get(0).get("position").asLong();
		long second = events.get(1).get("position").asLong();
		prunedThrough(second);

		HttpResult stale = api.get("/events?after=" + first);
		HttpResult fromStart = api.get("/events?after=0");
		HttpResult fromHorizon = api.get("/events?after=" + second);

		assertThat(stale.status()).isEqualTo(410);
		assertProblem(stale, "events after position " + first + " were removed after the retention period");
		assertThat(stale.json().get("detail").asString()).contains("GET /api/v1/users").endsWith("from after=0");
		assertThat(stale.json().get("title").asString()).isEqualTo("Gone");
		assertThat(fromStart.status()).isEqualTo(200);
		assertThat(fromHorizon.status()).isEqualTo(200);
	}

	/**
	 * Raises the prune horizon as pruning the events up to the position would, without
	 * deleting any: other organisations' readers keep their events.
	 */
	private void prunedThrough(long position) {
		Field<Long> prunedThrough = DSL.field(DSL.unquotedName("pruned_through"), SQLDataType.BIGINT);
		this.dsl.update(DSL.table(DSL.unquotedName("event_sequencer")))
			.set(prunedThrough, DSL.greatest(prunedThrough, DSL.val(position)))
			.where(DSL.field(DSL.unquotedName("id")).eq(1))
			.execute();
	}

	/**
	 * Reads the whole feed after a cursor until the events satisfy the condition or the
	 * wait is over, and answers what was read.
	 */
	private static List<JsonNode> readUntil(HttpCaller api, long after, Predicate<List<JsonNode>> done) {
		Instant deadline = Instant.now().plus(WAIT);
		List<JsonNode> events = new ArrayList<>();
		long cursor = after;
		while (!done.test(events) && Instant.now().isBefore(deadline)) {
			HttpResult page = api.get("/events?limit=100&after=" + cursor);
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			page.json().get("events").forEach(events::add);
			long next = page.json().get("next").asLong();
			if (next == cursor) {
				pause();
			}
			cursor = next;
		}
		return events;
	}

	private static List<String> types(List<JsonNode> events) {
		return events.stream().map((event) -> event.get("type").asString()).toList();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
