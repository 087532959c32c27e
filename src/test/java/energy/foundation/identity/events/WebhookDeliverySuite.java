package energy.foundation.identity.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook delivery as an instance meets it: every change made through SCIM arrives once,
 * in feed order and so in order per user, signed; a receiver that was down gets
 * everything once it is back; a rotated secret signs alongside the new one until the
 * grace period ends. Another organisation's receiver never gets the first one's events.
 */
abstract class WebhookDeliverySuite extends WebhookTests {

	@Autowired
	private Outbox outbox;

	@Autowired
	private Roles roles;

	@Autowired
	private RoleAssignments assignments;

	@Autowired
	private WebhookDelivery delivery;

	@Test
	void scimChangesWhenReceiverHealthyThenEveryEventOnceInFeedOrder() {
		HttpCaller scim = this.tenant.scim();
		String ada = createUser(scim, "ada");
		String bob = createUser(scim, "bob");
		patch(scim, "/Users/" + ada, "replace", "displayName", "\"Ada L.\"");
		String team = createGroup(scim, "Team", ada);
		patch(scim, "/Groups/" + team, "add", "members", "[{\"value\":\"" + bob + "\"}]");
		patch(scim, "/Users/" + ada, "replace", "active", "false");
		patch(scim, "/Users/" + ada, "replace", "active", "true");
		removeMember(scim, team, ada);
		patch(scim, "/Groups/" + team, "replace", "displayName", "\"Team B\"");
		delete(scim, "/Users/" + bob);
		delete(scim, "/Groups/" + team);
		createUser(this.otherTenant.scim(), "eve");

		List<JsonNode> received = awaitAllDelivered(12);

		assertThat(ids(received)).doesNotHaveDuplicates().isEqualTo(ids(feedEvents()));
		assertThat(received).extracting((event) -> event.get("type").asString())
			.containsExactly("user.created", "user.created", "user.updated", "group.created", "group.member_added",
					"group.member_added", "user.disabled", "user.enabled", "group.member_removed", "group.updated",
					"user.deleted", "group.deleted");
		assertThat(typesByUser(received))
			.containsEntry(ada,
					List.of("user.created", "user.updated", "group.member_added", "user.disabled", "user.enabled",
							"group.member_removed"))
			.containsEntry(bob, List.of("user.created", "group.member_added", "user.deleted"));
		assertThat(this.receiver.problems()).isEmpty();
		assertThat(ids(this.otherReceiver.acceptedEvents())).doesNotContainAnyElementsOf(ids(received));
	}

	@Test
	void scimChangesWhenUsersChangedConcurrentlyThenEachUsersEventsInOrder() throws Exception {
		HttpCaller scim = this.tenant.scim();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<String>> users = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				String userName = "user" + i;
				users.add(clients.submit(() -> {
					String id = createUser(scim, userName);
					for (int n = 1; n <= 5; n++) {
						patch(scim, "/Users/" + id, "replace", "displayName", "\"" + userName + " " + n + "\"");
					}
					return id;
				}));
			}
			for (Future<String> user : users) {
				user.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}

		List<JsonNode> received = awaitAllDelivered(24);

		assertThat(ids(received)).doesNotHaveDuplicates().isEqualTo(ids(feedEvents()));
		Map<String, List<String>> names = new LinkedHashMap<>();
		received.forEach((event) -> names
			.computeIfAbsent(event.get("data").get("user").get("id").asString(), (id) -> new ArrayList<>())
			.add(event.get("data").get("user").get("displayName").asString()));
		assertThat(names).hasSize(4).allSatisfy((id, displayNames) -> {
			String userName = displayNames.get(0);
			assertThat(displayNames).containsExactly(userName, userName + " 1", userName + " 2", userName + " 3",
					userName + " 4", userName + " 5");
		});
	}

	@Test
	void roleEventsWhenRoleAssignedToGroupAndMemberDisabledThenDeliveredInOrderPerUser() {
		HttpCaller scim = this.tenant.scim();
		String ada = createUser(scim, "ada");
		String bob = createUser(scim, "bob");
		String team = createGroup(scim, "Team", ada, bob);
		Role reader = this.roles.list(this.organisation, this.instance, false)
			.stream()
			.filter((role) -> role.name().equals("Reader"))
			.findFirst()
			.orElseThrow();

		this.assignments.assign(this.organisation, reader.id(), Subject.group(UUID.fromString(team)), "Avery Admin");
		patch(scim, "/Users/" + ada, "replace", "active", "false");

		List<JsonNode> received = awaitAllDelivered(9);
		assertThat(ids(received)).doesNotHaveDuplicates().isEqualTo(ids(feedEvents()));
		assertThat(typesByUser(received))
			.containsEntry(ada,
					List.of("user.created", "group.member_added", "role.granted", "user.disabled", "role.revoked"))
			.containsEntry(bob, List.of("user.created", "group.member_added", "role.granted"));
		assertThat(received).filteredOn((event) -> event.get("type").asString().startsWith("role."))
			.allSatisfy((event) -> {
				assertThat(event.get("instanceId").asString()).isEqualTo(this.instance.toString());
				assertThat(event.get("data").get("role").get("name").asString()).isEqualTo("Reader");
			});
		assertThat(this.otherReceiver.acceptedEvents()).isEmpty();
	}

	@Test
	void deliveryWhenReceiverDownForAWhileThenEverythingArrivesInOrderOnceBack() {
		HttpCaller scim = this.tenant.scim();
		String ada = createUser(scim, "ada");
		awaitAllDelivered(1);
		this.receiver.goDown();

		for (int n = 1; n <= 3; n++) {
			patch(scim, "/Users/" + ada, "replace", "displayName", "\"Ada " + n + "\"");
		}
		createUser(scim, "bob");
		awaitEndpoint((endpoint) -> assertThat(endpoint.attempts()).isGreaterThanOrEqualTo(2));
		this.receiver.comeBack();

		List<JsonNode> received = awaitAllDelivered(5);
		assertThat(ids(received)).doesNotHaveDuplicates().isEqualTo(ids(feedEvents()));
		assertThat(received).extracting((event) -> event.get("type").asString())
			.containsExactly("user.created", "user.updated", "user.updated", "user.updated", "user.created");
		awaitEndpoint((endpoint) -> {
			assertThat(endpoint.failing()).isFalse();
			assertThat(endpoint.pendingEvents()).isZero();
			assertThat(endpoint.lastSuccessAt()).isNotNull();
			assertThat(endpoint.deliveredPosition())
				.isEqualTo(received.get(received.size() - 1).get("position").asLong());
		});
	}

	@Test
	void rotateSecretWhenRotatedThenBothSecretsSignUntilGraceEndsThenOnlyTheNewOne() {
		HttpCaller scim = this.tenant.scim();
		String oldSecret = this.secret.secret();
		String newSecret = this.webhooks.rotateSecret(this.organisation, this.instance, this.secret.endpointId())
			.orElseThrow()
			.secret();
		// a receiver that already switched to the new secret
		this.receiver.trust(newSecret);

		String ada = createUser(scim, "ada");
		awaitAllDelivered(1);
		WebhookReceiver.Request duringGrace = this.receiver.requests().get(0);
		endGracePeriod();
		patch(scim, "/Users/" + ada, "replace", "displayName", "\"Ada L.\"");
		awaitAllDelivered(2);
		WebhookReceiver.Request afterGrace = this.receiver.requests().get(this.receiver.requests().size() - 1);

		assertThat(duringGrace.signatureCount()).isEqualTo(2);
		assertThat(duringGrace.signedWith(oldSecret)).isTrue();
		assertThat(duringGrace.signedWith(newSecret)).isTrue();
		assertThat(afterGrace.signatureCount()).isEqualTo(1);
		assertThat(afterGrace.signedWith(oldSecret)).isFalse();
		assertThat(afterGrace.signedWith(newSecret)).isTrue();
		assertThat(this.receiver.problems()).isEmpty();
	}

	@Test
	void deliveryWhenRoleEventsOfInstancesThenOnlyOwnInstancesEventsSent() {
		UUID test = createInstance(this.tenant, "Test");
		UUID user = UUID.randomUUID();
		recordRoleEvent(test, user, "Viewer");
		recordRoleEvent(this.instance, user, "Editor");

		List<JsonNode> received = awaitAllDelivered(1);

		assertThat(received).singleElement()
			.satisfies((event) -> assertThat(event.get("data").get("role").get("name").asString()).isEqualTo("Editor"));
		assertThat(received.get(0).get("instanceId").asString()).isEqualTo(this.instance.toString());
	}

	@Test
	void deliveryWhenSecretCannotBeOpenedThenFailedAttemptsWithBackoff() {
		sealSecretWithAnotherKey();

		createUser(this.tenant.scim(), "ada");

		awaitEndpoint((endpoint) -> {
			assertThat(endpoint.attempts()).isGreaterThanOrEqualTo(2);
			assertThat(endpoint.firstFailureAt()).isNotNull();
			assertThat(endpoint.nextAttemptAt()).isAfter(endpoint.lastAttemptAt());
			assertThat(endpoint.lastError()).isEqualTo(WebhookDelivery.INTERNAL_ERROR);
		});
		assertThat(this.receiver.requests()).isEmpty();
		createUser(this.otherTenant.scim(), "eve");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(this.otherReceiver.acceptedEvents()).hasSize(1));
	}

	@Test
	void deliverWhenLeaseNearlyOverOrTakenOverThenNothingSentAndCursorKept() throws Exception {
		UUID endpoint = this.secret.endpointId();
		UUID token = UUID.randomUUID();
		long cursor = this.webhooks.find(this.organisation, this.instance, endpoint).orElseThrow().deliveredPosition();
		// another node's lease keeps this node's pump away
		holdLease(endpoint, UUID.randomUUID(), Duration.ofMinutes(1));
		createUser(this.tenant.scim(), "ada");
		await().atMost(PATIENCE).until(() -> feedEvents().size() == 1);

		this.delivery.deliver(endpoint, token);
		// less than a connection and a request (4 s) and half of that again
		holdLease(endpoint, token, Duration.ofSeconds(5));
		this.delivery.deliver(endpoint, token);

		assertThat(this.receiver.requests()).isEmpty();
		assertThat(this.webhooks.find(this.organisation, this.instance, endpoint)).get()
			.satisfies((found) -> assertThat(found.deliveredPosition()).isEqualTo(cursor));
		holdLease(endpoint, token, Duration.ofMinutes(1));
		this.delivery.deliver(endpoint, token);
		assertThat(this.receiver.acceptedEvents()).hasSize(1);
		assertThat(this.otherReceiver.requests()).isEmpty();
	}

	@Test
	void deliveryWhenOtherInstancesEventsFollowThenCursorMovesPastThem() {
		UUID test = createInstance(this.tenant, "Test");
		UUID user = UUID.randomUUID();
		List<ChangeEvent> events = new ArrayList<>();
		events.add(roleEvent(this.instance, user, "Editor"));
		for (int i = 0; i < 3; i++) {
			events.add(roleEvent(test, user, "Viewer " + i));
		}
		this.dsl.transaction((transaction) -> this.outbox.record(transaction.dsl(), events));

		awaitAllDelivered(1);

		long lastOfTest = this.feed.read(this.organisation, test, 0, 10).events().get(2).get("position").asLong();
		awaitEndpoint((endpoint) -> assertThat(endpoint.deliveredPosition()).isGreaterThanOrEqualTo(lastOfTest));
		assertThat(this.receiver.acceptedEvents()).singleElement()
			.satisfies((event) -> assertThat(event.get("data").get("role").get("name").asString()).isEqualTo("Editor"));
		assertThat(this.otherReceiver.requests()).isEmpty();
	}

	@Test
	void deliveryWhenHostResolvesToPrivateAddressThenFailedAsRefusedAndNothingSent() {
		// stored before addresses were checked, or a name that resolves differently now
		this.dsl.update(WebhookStore.ENDPOINT)
			.set(WebhookStore.URL, this.receiver.url().replace("127.0.0.1", "127.0.0.2"))
			.where(WebhookStore.ID.eq(this.secret.endpointId()))
			.execute();

		createUser(this.tenant.scim(), "ada");

		awaitEndpoint((endpoint) -> {
			assertThat(endpoint.lastError()).isEqualTo("refused: resolves to a private address");
			assertThat(endpoint.nextAttemptAt()).isNotNull();
		});
		assertThat(this.receiver.requests()).isEmpty();
	}

	@Test
	void findWhenOtherOrganisationOrInstanceThenNothing() {
		UUID test = createInstance(this.tenant, "Test");

		assertThat(this.webhooks.find(UUID.fromString(this.otherTenant.organisationId()), this.instance,
				this.secret.endpointId()))
			.isEmpty();
		assertThat(this.webhooks.find(this.organisation, test, this.secret.endpointId())).isEmpty();
		assertThat(this.webhooks.list(this.organisation, test)).isEmpty();
		assertThat(this.webhooks.rotateSecret(this.organisation, test, this.secret.endpointId())).isEmpty();
		assertThat(this.webhooks.delete(this.organisation, test, this.secret.endpointId())).isFalse();
		assertThat(this.webhooks.list(this.organisation, this.instance)).hasSize(1);
	}

	/**
	 * Waits until the delivery status of the receiver's endpoint meets the requirements.
	 */
	private void awaitEndpoint(Consumer<WebhookEndpoint> requirements) {
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.webhooks.find(this.organisation, this.instance, this.secret.endpointId()))
						.get()
						.satisfies(requirements));
	}

	/**
	 * The end of the rotation's grace period, without waiting a day for it.
	 */
	private void endGracePeriod() {
		this.dsl.update(WebhookStore.ENDPOINT)
			.set(WebhookStore.PREVIOUS_SECRET_UNTIL, Instant.now().minus(Duration.ofSeconds(1)))
			.where(WebhookStore.ID.eq(this.secret.endpointId()))
			.execute();
	}

	/**
	 * The lease as a node with this token holds it, for this long from now, with the next
	 * attempt due only in an hour so that no pump claims the endpoint meanwhile.
	 */
	private void holdLease(UUID endpoint, UUID token, Duration left) {
		Instant now = Instant.now();
		this.dsl.update(WebhookStore.ENDPOINT)
			.set(WebhookStore.LEASE_OWNER, "node-" + token)
			.set(WebhookStore.LEASE_TOKEN, token)
			.set(WebhookStore.LEASE_UNTIL, now.plus(left))
			.set(WebhookStore.NEXT_ATTEMPT_AT, now.plus(Duration.ofHours(1)))
			.where(WebhookStore.ID.eq(endpoint))
			.execute();
	}

	private void recordRoleEvent(UUID instanceId, UUID user, String role) {
		ChangeEvent event = roleEvent(instanceId, user, role);
		this.dsl.transaction((transaction) -> this.outbox.record(transaction.dsl(), List.of(event)));
	}

	private ChangeEvent roleEvent(UUID instanceId, UUID user, String role) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.putObject("user").put("id", user.toString());
		data.putObject("instance").put("id", instanceId.toString());
		data.putObject("role").put("id", UUID.randomUUID().toString()).put("name", role);
		return new ChangeEvent(this.organisation, instanceId, EventType.ROLE_GRANTED, user, null, data);
	}

}
