package energy.foundation.identity.browser;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From Entra ID to an instance, end to end and over HTTP only: Entra-shaped SCIM
 * provisions users and a group, the tenant administrator connects the instance (machine
 * client, webhook endpoint) and assigns a role to the group in the browser after its
 * preview, the instance learns of it from its change feed and its webhook, signs the
 * people in with their roles, and loses them again when Entra disables one.
 */
class InstanceAccessBrowserIntegrationTests extends SharedServiceBrowserTests {

	private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	// the change pump runs right after a commit; generous for a loaded CI machine
	private static final Duration DELIVERY = Duration.ofSeconds(60);

	private WebhookReceiver receiver;

	@BeforeEach
	void startReceiver() {
		this.receiver = WebhookReceiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void assignRoleToGroupWhenEntraProvisionsAndDisablesThenInstanceLearnsAndDecidesSignIns() {
		Onboarded contoso = onboard("Contoso");
		String instanceId = createInstance(contoso, "Production");
		signInAsAdministrator(contoso, "Avery Ng");
		Client client = createMachineClient(instanceId, "Production backend");
		this.receiver.trust(addWebhook(instanceId, this.receiver.url()));

		HttpCaller scim = scim(contoso);
		Map<String, String> people = provisionEntraCycle(scim);
		String sales = people.get("group");
		Set<String> members = Set.of(people.get("avery"), people.get("blake"), people.get("sam"));

		assignRoleToGroupInTheApp(instanceId, "Contributor", "Sales", sales);
		By averyHolder = By.id("holder-" + people.get("avery"));
		assertThat(browser().text(averyHolder)).contains("Contributor", "via group", "Sales");
		assertThat(browser().all(By.id("holder-" + people.get("riley")))).isEmpty();

		HttpCaller api = new HttpCaller(rootUrl() + "/api/v1", accessToken(client));
		List<JsonNode> feed = readFeedUntil(api, (events) -> grantedTo(events).containsAll(members));
		assertThat(grantedTo(feed)).containsExactlyInAnyOrderElementsOf(members);
		assertThat(feed).filteredOn((event) -> type(event).equals("role.granted"))
			.allSatisfy((event) -> assertThat(event.get("instanceId").asString()).isEqualTo(instanceId));
		List<JsonNode> delivered = webhookUntil((events) -> grantedTo(events).containsAll(members));
		assertThat(grantedTo(delivered)).containsExactlyInAnyOrderElementsOf(members);
		assertThat(ids(delivered)).doesNotHaveDuplicates();
		assertThat(this.receiver.problems()).isEmpty();

		String averyOid = UUID.randomUUID().toString();
		JsonNode allowed = decideSignIn(api, contoso, averyOid, "avery.ng@contoso.com");
		assertThat(allowed.get("decision").asString()).as(allowed.toString()).isEqualTo("allowed");
		assertThat(allowed.get("user").get("id").asString()).isEqualTo(people.get("avery"));
		assertThat(allowed.get("identityLinkedNow").asBoolean()).isTrue();
		assertThat(allowed.get("roles")).singleElement().satisfies((role) -> {
			assertThat(role.get("name").asString()).isEqualTo("Contributor");
			assertThat(role.get("sources").get(0).get("groupName").asString()).isEqualTo("Sales");
		});
		JsonNode noRole = decideSignIn(api, contoso, UUID.randomUUID().toString(), "riley.park@contoso.com");
		assertThat(noRole.get("decision").asString()).isEqualTo("refused");
		assertThat(noRole.get("reason").asString()).isEqualTo("no_role");

		HttpResult disabled = scim.patch("/Users/" + people.get("avery"), "{\"schemas\":[\"" + PATCH_SCHEMA
				+ "\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

		Predicate<List<JsonNode>> disabledAndRevoked = (events) -> typesOf(events, people.get("avery"))
			.contains("role.revoked");
		List<JsonNode> feedAfter = readFeedUntil(api, disabledAndRevoked);
		List<String> averyInFeed = typesOf(feedAfter, people.get("avery"));
		assertThat(averyInFeed.subList(averyInFeed.indexOf("role.granted"), averyInFeed.size()))
			.containsExactly("role.granted", "user.disabled", "role.revoked");
		List<JsonNode> deliveredAfter = webhookUntil(disabledAndRevoked);
		List<String> averyByWebhook = typesOf(deliveredAfter, people.get("avery"));
		assertThat(averyByWebhook).isEqualTo(averyInFeed);
		assertThat(ids(deliveredAfter)).doesNotHaveDuplicates();

		JsonNode refused = decideSignIn(api, contoso, averyOid, "avery.ng@contoso.com");
		assertThat(refused.get("decision").asString()).as(refused.toString()).isEqualTo("refused");
		assertThat(refused.get("reason").asString()).isEqualTo("disabled");
		assertThat(refused.get("roles")).isEmpty();

		browser().open("/admin/instances/" + instanceId, "instance-after-disable");
		assertThat(browser().all(averyHolder)).isEmpty();
		assertThat(browser().text(By.id("holder-" + people.get("blake")))).contains("Contributor");

		browser().open("/admin/users/" + people.get("avery"), "user-sign-in-links");
		assertThat(browser().text(By.id("sign-in-link-" + instanceId + "-entra"))).contains("Production", averyOid);
	}

	/**
	 * What Entra ID sends in an initial cycle (CLIENTS.md): the Test Connection probe,
	 * the users (members and a B2B guest), a group created empty and its members added
	 * with a PATCH. Riley is provisioned but not in the group.
	 * @return the ids of the users by first name, and of the group as {@code group}
	 */
	private static Map<String, String> provisionEntraCycle(HttpCaller scim) {
		HttpResult probe = scim.get("/Users?filter=" + encode("userName eq \"" + UUID.randomUUID() + "\""));
		assertThat(probe.status()).as(probe.body()).isEqualTo(200);
		String avery = created(scim.post("/Users", EntraUsers.member("avery.ng", "contoso.com", "Avery", "Ng")));
		String blake = created(scim.post("/Users", EntraUsers.member("blake.ito", "contoso.com", "Blake", "Ito")));
		String riley = created(scim.post("/Users", EntraUsers.member("riley.park", "contoso.com", "Riley", "Park")));
		String sam = created(
				scim.post("/Users", EntraUsers.guest("sam.lee", "fabrikam.com", "contoso.com", "Sam", "Lee")));
		String group = created(scim.post("/Groups", EntraUsers.group("Sales")));
		HttpResult added = scim.patch("/Groups/" + group,
				"{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"Add\",\"path\":\"members\","
						+ "\"value\":[{\"value\":\"" + avery + "\"},{\"value\":\"" + blake + "\"},{\"value\":\"" + sam
						+ "\"}]}]}");
		assertThat(added.status()).as(added.body()).isIn(200, 204);
		return Map.of("avery", avery, "blake", blake, "riley", riley, "sam", sam, "group", group);
	}

	private void assignRoleToGroupInTheApp(String instanceId, String role, String groupName, String groupId) {
		browser().open("/admin/instances/" + instanceId, "instance");
		browser().press(By.id("assign-role"), "assign");
		new Select(browser().visible(By.id("assign-role-choice"))).selectByVisibleText(role);
		browser().type(By.id("assign-query"), groupName);
		browser().press(By.id("assign-find"), "assign-matches");
		browser().press(By.id("choose-group-" + groupId), "assignment-preview");
		assertThat(browser().text(By.id("preview-users"))).isEqualTo("3");
		assertThat(browser().text(By.id("preview-gaining"))).isEqualTo("3");
		assertThat(browser().text(By.id("preview-losing"))).isEqualTo("0");
		browser().saveWindow(DOCS_IMAGES.resolve("assignment-preview.png"));
		browser().press(By.id("confirm-assignment"), "assigned");
		assertThat(browser().text(By.id("notice"))).contains("Assigned the role " + role, groupName, "3 users gained");
		browser().run("document.getElementById('assignments').scrollIntoView()");
		browser().saveWindow(DOCS_IMAGES.resolve("role-holders.png"));
	}

	private Client createMachineClient(String instanceId, String label) {
		browser().open("/admin/instances/" + instanceId, "instance-before-setup");
		browser().press(By.id("clients-link"), "clients");
		browser().type(By.id("client-label"), label);
		browser().press(By.id("create-client"), "client-created");
		return new Client(browser().text(By.id("client-id")), browser().text(By.id("secret")));
	}

	private String addWebhook(String instanceId, String url) {
		browser().open("/admin/instances/" + instanceId, "instance-before-webhook");
		browser().press(By.id("webhooks-link"), "webhooks");
		browser().type(By.id("webhook-url"), url);
		browser().press(By.id("add-webhook"), "webhook-added");
		return browser().text(By.id("secret"));
	}

	private String createInstance(Onboarded organisation, String name) {
		HttpResult created = operator().send("POST", "/organisations/" + organisation.id() + "/instances",
				Map.of("Content-Type", "application/json"), "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private HttpCaller scim(Onboarded organisation) {
		HttpResult credential = operator().send("POST", "/organisations/" + organisation.id() + "/scim-credentials",
				Map.of("Content-Type", "application/json"), "{\"label\":\"Entra ID\"}");
		assertThat(credential.status()).as(credential.body()).isEqualTo(201);
		return new HttpCaller(credential.json().get("scimBaseUrl").asString(),
				credential.json().get("secret").asString());
	}

	private String accessToken(Client client) {
		String basic = Base64.getEncoder()
			.encodeToString((encode(client.id()) + ":" + encode(client.secret())).getBytes(StandardCharsets.UTF_8));
		HttpCaller anonymous = new HttpCaller(rootUrl(), null);
		HttpResult token = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(BodyPublishers.ofString("grant_type=client_credentials")));
		assertThat(token.status()).as(token.body()).isEqualTo(200);
		return token.json().get("access_token").asString();
	}

	private static JsonNode decideSignIn(HttpCaller api, Onboarded organisation, String objectId, String upn) {
		HttpResult decision = api.send("POST", "/sign-in-decisions", Map.of("Content-Type", "application/json"),
				"{\"provider\":\"entra\",\"tenantId\":\"" + organisation.tenantId() + "\",\"objectId\":\"" + objectId
						+ "\",\"preferredUsername\":\"" + upn + "\"}");
		assertThat(decision.status()).as(decision.body()).isEqualTo(200);
		return decision.json();
	}

	/**
	 * The whole feed from the beginning, read again until it satisfies the condition.
	 */
	private static List<JsonNode> readFeedUntil(HttpCaller api, Predicate<List<JsonNode>> done) {
		return await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> {
			List<JsonNode> events = new ArrayList<>();
			long cursor = 0;
			while (true) {
				HttpResult page = api.get("/events?limit=1000&after=" + cursor);
				assertThat(page.status()).as(page.body()).isEqualTo(200);
				page.json().get("events").forEach(events::add);
				long next = page.json().get("next").asLong();
				if (next == cursor) {
					return events;
				}
				cursor = next;
			}
		}, done);
	}

	private List<JsonNode> webhookUntil(Predicate<List<JsonNode>> done) {
		return await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(this.receiver::acceptedEvents, done);
	}

	private static Set<String> grantedTo(List<JsonNode> events) {
		Set<String> users = new HashSet<>();
		events.stream()
			.filter((event) -> type(event).equals("role.granted"))
			.forEach((event) -> users.add(event.get("data").get("user").get("id").asString()));
		return users;
	}

	/**
	 * The types of the events about one user, in order: its own and the role events.
	 */
	private static List<String> typesOf(List<JsonNode> events, String userId) {
		return events.stream()
			.filter((event) -> event.get("data").has("user")
					&& event.get("data").get("user").get("id").asString().equals(userId))
			.map(InstanceAccessBrowserIntegrationTests::type)
			.toList();
	}

	private static List<String> ids(List<JsonNode> events) {
		return events.stream().map((event) -> event.get("id").asString()).toList();
	}

	private static String type(JsonNode event) {
		return event.get("type").asString();
	}

	private static String created(HttpResult result) {
		assertThat(result.status()).as(result.body()).isEqualTo(201);
		return result.json().get("id").asString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private record Client(String id, String secret) {

		@Override
		public String toString() {
			return "Client[" + this.id + "]";
		}

	}

}
