package energy.foundation.identity.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import energy.foundation.identity.support.WebhookReceiver;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the webhook delivery suites: the whole service over HTTP with a real webhook
 * receiver, short retry waits, and plain http allowed to the local receiver. Each test
 * gets an organisation with one instance, a receiver registered as that instance's
 * endpoint, and a second organisation with its own instance and receiver whose events
 * must never reach the first.
 */
@TestPropertySource(
		properties = { "foundation.events.poll-interval=200ms", "foundation.events.webhooks.allow-local-http=true",
				"foundation.events.webhooks.retry-base=100ms", "foundation.events.webhooks.retry-cap=400ms",
				"foundation.events.webhooks.connect-timeout=1s", "foundation.events.webhooks.request-timeout=3s",
				"foundation.events.webhooks.lease=10s", "foundation.events.webhooks.retry-window=1h" })
abstract class WebhookTests extends LiveServiceTests {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	@Autowired
	protected Webhooks webhooks;

	@Autowired
	protected EventFeed feed;

	@Autowired
	protected DSLContext dsl;

	protected Tenant tenant;

	protected UUID organisation;

	protected UUID instance;

	protected WebhookReceiver receiver;

	protected IssuedWebhookSecret secret;

	protected Tenant otherTenant;

	protected WebhookReceiver otherReceiver;

	@BeforeEach
	void registerReceivers() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.tenant = onboardOrganisation("Webhooks " + run);
		this.organisation = UUID.fromString(this.tenant.organisationId());
		this.instance = createInstance(this.tenant, "Production");
		this.receiver = WebhookReceiver.start();
		this.secret = this.webhooks.add(this.organisation, this.instance, this.receiver.url(), "tests");
		this.receiver.trust(this.secret.secret());

		this.otherTenant = onboardOrganisation("Webhooks other " + run);
		UUID otherOrganisation = UUID.fromString(this.otherTenant.organisationId());
		this.otherReceiver = WebhookReceiver.start();
		IssuedWebhookSecret otherSecret = this.webhooks.add(otherOrganisation,
				createInstance(this.otherTenant, "Production"), this.otherReceiver.url(), "tests");
		this.otherReceiver.trust(otherSecret.secret());
	}

	@AfterEach
	void stopReceivers() {
		this.receiver.close();
		this.otherReceiver.close();
	}

	protected UUID createInstance(Tenant owner, String name) {
		HttpResult created = operator().send("POST", "/organisations/" + owner.organisationId() + "/instances",
				Map.of("Content-Type", "application/json"), "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/**
	 * Every event of the instance's feed, in feed order.
	 */
	protected List<ObjectNode> feedEvents() {
		List<ObjectNode> events = new ArrayList<>();
		FeedPage page = this.feed.read(this.organisation, this.instance, 0, EventFeed.MAX_LIMIT);
		events.addAll(page.events());
		while (!page.events().isEmpty()) {
			page = this.feed.read(this.organisation, this.instance, page.next(), EventFeed.MAX_LIMIT);
			events.addAll(page.events());
		}
		return events;
	}

	/**
	 * Waits until the receiver accepted as many events as the feed holds, and at least
	 * the given number, and returns them.
	 */
	protected List<JsonNode> awaitAllDelivered(int atLeast) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			assertThat(feedEvents()).hasSizeGreaterThanOrEqualTo(atLeast);
			assertThat(this.receiver.acceptedEvents()).hasSizeGreaterThanOrEqualTo(feedEvents().size());
		});
		return this.receiver.acceptedEvents();
	}

	/**
	 * What a node with another webhook secret key would have stored for the endpoint.
	 */
	protected void sealSecretWithAnotherKey() {
		byte[] otherKey = new byte[32];
		otherKey[0] = 7;
		this.dsl.update(WebhookStore.ENDPOINT)
			.set(WebhookStore.SECRET, new SecretBox(otherKey).seal(this.secret.endpointId(), this.secret.secret()))
			.where(WebhookStore.ID.eq(this.secret.endpointId()))
			.execute();
	}

	/**
	 * The event ids of a list of events.
	 */
	protected static List<String> ids(List<? extends JsonNode> events) {
		return events.stream().map((event) -> event.get("id").asString()).toList();
	}

	/**
	 * The event types per user, in the order received: a user's own events and the
	 * membership events naming the user as member.
	 */
	protected static Map<String, List<String>> typesByUser(List<? extends JsonNode> events) {
		Map<String, List<String>> byUser = new LinkedHashMap<>();
		for (JsonNode event : events) {
			JsonNode data = event.get("data");
			String user = null;
			if (data.has("user")) {
				user = data.get("user").get("id").asString();
			}
			else if (data.has("member") && "user".equals(data.get("member").get("type").asString())) {
				user = data.get("member").get("id").asString();
			}
			if (user != null) {
				byUser.computeIfAbsent(user, (id) -> new ArrayList<>()).add(event.get("type").asString());
			}
		}
		return byUser;
	}

	protected static String createUser(HttpCaller scim, String userName) {
		HttpResult created = scim.post("/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName
				+ "\",\"displayName\":\"" + userName + "\",\"active\":true}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	protected static String createGroup(HttpCaller scim, String displayName, String... memberIds) {
		StringBuilder members = new StringBuilder();
		for (String memberId : memberIds) {
			members.append(members.isEmpty() ? "" : ",").append("{\"value\":\"").append(memberId).append("\"}");
		}
		HttpResult created = scim.post("/Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
				+ displayName + "\",\"members\":[" + members + "]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	protected static void patch(HttpCaller scim, String path, String op, String attribute, String valueJson) {
		HttpResult patched = scim.patch(path, "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"" + op
				+ "\",\"path\":\"" + attribute + "\",\"value\":" + valueJson + "}]}");
		assertThat(patched.status()).as(patched.body()).isIn(200, 204);
	}

	protected static void removeMember(HttpCaller scim, String groupId, String memberId) {
		HttpResult patched = scim.patch("/Groups/" + groupId, "{\"schemas\":[\"" + PATCH_SCHEMA
				+ "\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + memberId + "\\\"]\"}]}");
		assertThat(patched.status()).as(patched.body()).isIn(200, 204);
	}

	protected static void delete(HttpCaller scim, String path) {
		HttpResult deleted = scim.delete(path);
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
	}

}
