package energy.foundation.identity.events;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The outbox, the sequencer, the feed and the endpoint leases on a real database:
 * concurrent writers and several sequencers at once give every committed event one
 * position, without gaps, in the order each writer wrote; a reader following the feed
 * meanwhile sees every event once; a lease is held by one node at a time. Every test
 * writes a second organisation's rows and checks they stay out of the first one's feed.
 * Subclasses choose the database, each in a schema of its own, because the tests count
 * every position given.
 */
@SpringBootTest(properties = {
		// only the nudge after a commit can sequence events between the start-up run and
		// the test's end
		"foundation.events.poll-interval=1h", "foundation.events.sequencer-batch=7" })
abstract class EventStorageSuite {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Outbox outbox;

	@Autowired
	private Sequencer sequencer;

	@Autowired
	private EventFeed feed;

	@Autowired
	private WebhookStore store;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private SecretBox secretBox;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Instances instances;

	private ExecutorService pool;

	private UUID organisation;

	private UUID otherOrganisation;

	private UUID instance;

	private UUID otherInstance;

	@BeforeEach
	void prepare() {
		this.pool = Executors.newFixedThreadPool(8);
		this.organisation = this.organisations.create("Contoso " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		this.otherOrganisation = this.organisations
			.create("Fabrikam " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		this.instance = this.instances.create(this.organisation, "Production").id();
		this.otherInstance = this.instances.create(this.organisation, "Test").id();
	}

	@AfterEach
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void sequenceWhenWritersSequencersAndReaderRunAtOnceThenReaderSeesEveryEventOnceInOrder() throws Exception {
		int writers = 3;
		int transactions = 30;
		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch allSequenced = new CountDownLatch(1);
		List<Future<?>> writes = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			UUID user = UUID.randomUUID();
			writes.add(this.pool.submit(() -> writeInOrder(user, transactions)));
		}
		List<Future<?>> sequencers = List.of(this.pool.submit(() -> sequenceWhile(writing)),
				this.pool.submit(() -> sequenceWhile(writing)));
		Future<List<ObjectNode>> reader = this.pool
			.submit(() -> follow(this.organisation, this.instance, 10, allSequenced));

		finishWriting(writes, writing, sequencers, allSequenced);
		List<ObjectNode> read = reader.get(2, TimeUnit.MINUTES);

		assertThat(read).hasSize(writers * transactions * 2);
		assertThat(read).extracting((event) -> event.get("id").asString()).doesNotHaveDuplicates();
		assertThat(read).extracting((event) -> event.get("organisationId").asString())
			.containsOnly(this.organisation.toString());
		assertThat(read).extracting((event) -> event.get("position").asLong()).isSorted().doesNotHaveDuplicates();
		Map<String, List<Integer>> byUser = new ConcurrentHashMap<>();
		read.forEach((event) -> byUser
			.computeIfAbsent(event.get("data").get("user").get("id").asString(), (user) -> new ArrayList<>())
			.add(event.get("data").get("n").asInt()));
		assertThat(byUser).hasSize(writers)
			.allSatisfy((user, numbers) -> assertThat(numbers).isSorted().hasSize(transactions * 2));
		assertPositionsWithoutGaps();
	}

	@Test
	void sequenceWhenRunsOverlapThenEachEventOnePositionWithoutGaps() throws Exception {
		for (int i = 0; i < 40; i++) {
			record(this.organisation, null, UUID.randomUUID(), i);
		}
		CyclicBarrier start = new CyclicBarrier(4);

		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(this.pool.submit(() -> {
				start.await();
				return this.sequencer.sequence();
			}));
		}
		for (Future<Integer> run : runs) {
			run.get(1, TimeUnit.MINUTES);
		}

		assertPositionsWithoutGaps();
		assertThat(this.feed.read(this.organisation, this.instance, 0, 100).events()).hasSize(40);
	}

	@Test
	void recordWhenTransactionCommitsThenNudgedSequencerGivesPosition() {
		record(this.organisation, null, UUID.randomUUID(), 1);

		// the poll interval is an hour: only the nudge after the commit sequences the
		// event
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.feed.read(this.organisation, this.instance, 0, 10).events()).hasSize(1));
	}

	@Test
	void recordWhenTransactionRollsBackThenNoEvent() {
		try {
			this.dsl.transaction((transaction) -> {
				this.outbox.record(transaction.dsl(), List.of(event(this.organisation, null, UUID.randomUUID(), 1)));
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException ex) {
			// expected: the change and its event roll back together
		}

		this.sequencer.sequence();

		assertThat(this.feed.read(this.organisation, this.instance, 0, 10).events()).isEmpty();
	}

	@Test
	void readWhenRoleEventsOfInstancesThenEachInstanceSeesOwnAndOrganisationWide() {
		UUID user = UUID.randomUUID();
		record(this.organisation, null, user, 1);
		record(this.organisation, this.instance, user, 2);
		record(this.organisation, this.otherInstance, user, 3);
		record(this.otherOrganisation, null, user, 4);
		this.sequencer.sequence();

		List<ObjectNode> production = this.feed.read(this.organisation, this.instance, 0, 10).events();
		List<ObjectNode> test = this.feed.read(this.organisation, this.otherInstance, 0, 10).events();

		assertThat(production).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(1, 2);
		assertThat(test).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(1, 3);
		assertThat(production.get(1).get("instanceId").asString()).isEqualTo(this.instance.toString());
		assertThat(production.get(0).has("instanceId")).isFalse();
	}

	@Test
	void readWhenEventStoredThenWireEnvelope() {
		UUID user = UUID.randomUUID();
		record(this.organisation, this.instance, user, 7);
		this.sequencer.sequence();

		ObjectNode event = this.feed.read(this.organisation, this.instance, 0, 10).events().get(0);

		assertThat(event.propertyNames()).containsExactly("id", "type", "occurredAt", "organisationId", "instanceId",
				"position", "data");
		assertThat(UUID.fromString(event.get("id").asString())).isNotNull();
		assertThat(event.get("type").asString()).isEqualTo("role.granted");
		assertThat(Instant.parse(event.get("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(event.get("organisationId").asString()).isEqualTo(this.organisation.toString());
		assertThat(event.get("position").isIntegralNumber()).isTrue();
		assertThat(event.get("data").get("user").get("id").asString()).isEqualTo(user.toString());
	}

	@Test
	void readWhenLimitReachedThenNextCursorContinuesAndEndsAtLast() {
		for (int i = 0; i < 5; i++) {
			record(this.organisation, null, UUID.randomUUID(), i);
		}
		this.sequencer.sequence();

		FeedPage first = this.feed.read(this.organisation, this.instance, 0, 3);
		FeedPage second = this.feed.read(this.organisation, this.instance, first.next(), 3);
		FeedPage third = this.feed.read(this.organisation, this.instance, second.next(), 3);

		assertThat(first.events()).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(0, 1, 2);
		assertThat(first.next()).isEqualTo(first.events().get(2).get("position").asLong());
		assertThat(second.events()).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(3, 4);
		assertThat(third.events()).isEmpty();
		assertThat(third.next()).isEqualTo(second.next());
	}

	@Test
	void readWhenOtherInstancesEventsFollowThenNextPassesThemAndNoLaterEventIsMissed() {
		UUID user = UUID.randomUUID();
		record(this.organisation, this.instance, user, 1);
		for (int i = 0; i < 5; i++) {
			record(this.organisation, this.otherInstance, user, 10 + i);
			record(this.otherOrganisation, null, user, 20 + i);
		}
		this.sequencer.sequence();
		long sequencedBefore = this.sequencer.lastPosition();

		FeedPage first = this.feed.read(this.organisation, this.instance, 0, 10);
		FeedPage idle = this.feed.read(this.organisation, this.instance, first.next(), 10);
		record(this.organisation, null, user, 2);
		this.sequencer.sequence();
		FeedPage later = this.feed.read(this.organisation, this.instance, idle.next(), 10);

		assertThat(first.events()).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(1);
		assertThat(first.next()).isEqualTo(sequencedBefore)
			.isGreaterThan(first.events().get(0).get("position").asLong());
		assertThat(idle.events()).isEmpty();
		assertThat(idle.next()).isEqualTo(first.next());
		assertThat(later.events()).extracting((event) -> event.get("data").get("n").asInt()).containsExactly(2);
	}

	@Test
	void readWhenFollowingWithNextWhileInstancesWriteAndSequencersRunThenEveryOwnEventOnce() throws Exception {
		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch allSequenced = new CountDownLatch(1);
		List<Future<?>> writes = List.of(this.pool.submit(() -> writeMany(this.organisation, null, 40)),
				this.pool.submit(() -> writeMany(this.organisation, this.instance, 40)),
				this.pool.submit(() -> writeMany(this.organisation, this.otherInstance, 120)),
				this.pool.submit(() -> writeMany(this.otherOrganisation, null, 40)));
		List<Future<?>> sequencers = List.of(this.pool.submit(() -> sequenceWhile(writing)),
				this.pool.submit(() -> sequenceWhile(writing)));
		Future<List<ObjectNode>> small = this.pool
			.submit(() -> follow(this.organisation, this.instance, 3, allSequenced));
		Future<List<ObjectNode>> large = this.pool
			.submit(() -> follow(this.organisation, this.instance, 50, allSequenced));

		finishWriting(writes, writing, sequencers, allSequenced);

		List<ObjectNode> expected = allEvents(this.organisation, this.instance);
		assertThat(expected).hasSize(80);
		for (Future<List<ObjectNode>> reader : List.of(small, large)) {
			assertThat(reader.get(2, TimeUnit.MINUTES)).extracting((event) -> event.get("id").asString())
				.containsExactlyElementsOf(expected.stream().map((event) -> event.get("id").asString()).toList());
		}
	}

	@Test
	void readWhenLimitOrCursorOutOfRangeThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.feed.read(this.organisation, this.instance, 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.feed.read(this.organisation, this.instance, 0, EventFeed.MAX_LIMIT + 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.feed.read(this.organisation, this.instance, -1, 10));
	}

	@Test
	void claimWhenManyNodesTryAtOnceThenExactlyOneHoldsTheLease() throws Exception {
		UUID endpoint = this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null)
			.endpointId();

		for (int round = 0; round < 10; round++) {
			CyclicBarrier start = new CyclicBarrier(6);
			List<Future<@Nullable UUID>> claims = new ArrayList<>();
			for (int node = 0; node < 6; node++) {
				String owner = "node-" + node;
				claims.add(this.pool.submit(() -> {
					UUID token = UUID.randomUUID();
					start.await();
					Instant now = Instant.now();
					return this.store.claim(endpoint, owner, token, now, now.plusSeconds(60)) ? token : null;
				}));
			}
			Set<UUID> winners = new HashSet<>();
			for (Future<@Nullable UUID> claim : claims) {
				UUID token = claim.get(1, TimeUnit.MINUTES);
				if (token != null) {
					winners.add(token);
				}
			}

			assertThat(winners).hasSize(1);
			this.store.release(endpoint, winners.iterator().next());
		}
	}

	@Test
	void claimWhenLeaseExpiredThenAnotherNodeTakesOverAndTheFirstCannotMoveTheCursor() {
		UUID endpoint = this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null)
			.endpointId();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Instant now = Instant.now();
		assertThat(this.store.claim(endpoint, "node-a", first, now, now.plusSeconds(60))).isTrue();

		boolean whileHeld = this.store.claim(endpoint, "node-b", second, now.plusSeconds(30), now.plusSeconds(90));
		boolean afterExpiry = this.store.claim(endpoint, "node-b", second, now.plusSeconds(61), now.plusSeconds(121));

		assertThat(whileHeld).isFalse();
		assertThat(afterExpiry).isTrue();
		assertThat(this.store.advance(endpoint, first, Long.MAX_VALUE, now, now.plusSeconds(60))).isFalse();
		assertThat(this.webhooks.find(this.organisation, this.instance, endpoint)).get()
			.satisfies((found) -> assertThat(found.deliveredPosition()).isLessThan(Long.MAX_VALUE));
		assertThat(this.webhooks.find(this.otherOrganisation, this.instance, endpoint)).isEmpty();
	}

	@Test
	void renewAndRedeliveryWhenLeaseTakenOverThenNothingChangesForTheFirstNode() {
		UUID endpoint = this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null)
			.endpointId();
		UUID foreignInstance = createInstance(this.otherOrganisation);
		UUID otherEndpoint = this.webhooks
			.add(this.otherOrganisation, foreignInstance, "https://hooks.example.com/o", null)
			.endpointId();
		UUID deadLetter = insertQueuedDeadLetter(endpoint, this.organisation);
		UUID otherDeadLetter = insertQueuedDeadLetter(otherEndpoint, this.otherOrganisation);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Instant now = Instant.now();
		assertThat(this.store.claim(endpoint, "node-a", first, now, now.plusSeconds(60))).isTrue();
		assertThat(this.store.claim(endpoint, "node-b", second, now.plusSeconds(61), now.plusSeconds(121))).isTrue();

		boolean renewed = this.store.renew(endpoint, first, now.plusSeconds(62), now.plusSeconds(180));
		int redelivered = this.store.redelivered(endpoint, first, List.of(deadLetter, otherDeadLetter), now);
		int failed = this.store.redeliveryFailed(endpoint, first, List.of(deadLetter), "HTTP 500");

		assertThat(renewed).isFalse();
		assertThat(redelivered).isZero();
		assertThat(failed).isZero();
		assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).singleElement()
			.satisfies((found) -> assertThat(found.state()).isEqualTo(WebhookDeadLetter.State.QUEUED));
		assertThat(this.store.renew(endpoint, second, now.plusSeconds(62), now.plusSeconds(180))).isTrue();
		assertThat(this.store.renew(endpoint, second, now.plusSeconds(179), now.plusSeconds(240))).isTrue();
		assertThat(this.store.renew(endpoint, second, now.plusSeconds(241), now.plusSeconds(300))).isFalse();
		assertThat(this.store.redelivered(endpoint, second, List.of(deadLetter, otherDeadLetter), now)).isOne();
		assertThat(this.webhooks.deadLetters(this.otherOrganisation, foreignInstance)).singleElement()
			.satisfies((found) -> assertThat(found.state()).isEqualTo(WebhookDeadLetter.State.QUEUED));
	}

	@Test
	void deleteWhenEndpointOfAnotherInstanceThenEndpointAndDeadLettersKept() {
		UUID endpoint = this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null)
			.endpointId();
		insertQueuedDeadLetter(endpoint, this.organisation);
		UUID foreignInstance = createInstance(this.otherOrganisation);
		UUID otherEndpoint = this.webhooks
			.add(this.otherOrganisation, foreignInstance, "https://hooks.example.com/o", null)
			.endpointId();
		insertQueuedDeadLetter(otherEndpoint, this.otherOrganisation);

		boolean deleted = this.webhooks.delete(this.organisation, this.otherInstance, endpoint);

		assertThat(deleted).isFalse();
		assertThat(this.webhooks.find(this.organisation, this.instance, endpoint)).isPresent();
		assertThat(this.webhooks.deadLetters(this.organisation, this.instance)).hasSize(1);
		assertThat(this.webhooks.deadLetters(this.otherOrganisation, foreignInstance)).hasSize(1);
	}

	@Test
	void verifySharedWhenNodeHasAnotherKeyThenRefusedWithWhatToDo() {
		this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null);
		SecretBox otherNode = new SecretBox(randomKey());

		assertThatIllegalStateException().isThrownBy(() -> otherNode.verifySharedWith(this.dsl))
			.withMessageContaining("FOUNDATION_EVENTS_WEBHOOKS_SECRET_KEY")
			.withMessageContaining("same key");
		this.secretBox.verifySharedWith(this.dsl);
	}

	@Test
	void verifySharedWhenNoCheckValueYetAndKeyCannotOpenStoredSecretsThenRefusedAndNothingStored() {
		this.webhooks.add(this.organisation, this.instance, "https://hooks.example.com/events", null);
		this.webhooks.add(this.otherOrganisation, createInstance(this.otherOrganisation),
				"https://hooks.example.com/other", null);
		Table<?> checks = DSL.table(DSL.unquotedName("webhook_secret_key_check"));
		this.dsl.deleteFrom(checks).execute();
		SecretBox otherNode = new SecretBox(randomKey());

		assertThatIllegalStateException().isThrownBy(() -> otherNode.verifySharedWith(this.dsl))
			.withMessageContaining("same key");
		assertThat(this.dsl.fetchCount(checks)).isZero();
		this.secretBox.verifySharedWith(this.dsl);
		assertThat(this.dsl.fetchCount(checks)).isOne();
		assertThatIllegalStateException().isThrownBy(() -> otherNode.verifySharedWith(this.dsl));
	}

	/**
	 * A dead letter queued for redelivery, without nudging this node's pump.
	 */
	private UUID insertQueuedDeadLetter(UUID endpointId, UUID organisationId) {
		UUID id = UUID.randomUUID();
		this.dsl.insertInto(WebhookStore.DEAD_LETTER)
			.set(WebhookStore.DL_ID, id)
			.set(WebhookStore.DL_ENDPOINT_ID, endpointId)
			.set(WebhookStore.DL_ORGANISATION_ID, organisationId)
			.set(WebhookStore.DL_POSITION, 1L)
			.set(WebhookStore.DL_EVENT_ID, UUID.randomUUID())
			.set(WebhookStore.DL_EVENT_TYPE, "user.updated")
			.set(WebhookStore.DL_DEAD_AT, Instant.now())
			.set(WebhookStore.DL_ATTEMPTS, 30)
			.set(WebhookStore.DL_LAST_ERROR, "HTTP 503")
			.set(WebhookStore.DL_STATE, WebhookDeadLetter.State.QUEUED.code())
			.execute();
		return id;
	}

	private UUID createInstance(UUID organisationId) {
		return this.instances.create(organisationId, "Production").id();
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private void writeInOrder(UUID user, int transactions) {
		for (int t = 0; t < transactions; t++) {
			ChangeEvent first = event(this.organisation, null, user, 2 * t);
			ChangeEvent second = event(this.organisation, null, user, 2 * t + 1);
			this.dsl.transaction((transaction) -> this.outbox.record(transaction.dsl(), List.of(first, second)));
			record(this.otherOrganisation, null, user, t);
		}
	}

	private void writeMany(UUID organisationId, @Nullable UUID instanceId, int transactions) {
		UUID user = UUID.randomUUID();
		for (int t = 0; t < transactions; t++) {
			record(organisationId, instanceId, user, t);
		}
	}

	/**
	 * Every event of an instance's feed, read one event after the other by position.
	 */
	private List<ObjectNode> allEvents(UUID organisationId, UUID instanceId) {
		List<ObjectNode> events = new ArrayList<>();
		List<ObjectNode> page = this.feed.read(organisationId, instanceId, 0, EventFeed.MAX_LIMIT).events();
		while (!page.isEmpty()) {
			events.addAll(page);
			long last = page.get(page.size() - 1).get("position").asLong();
			page = this.feed.read(organisationId, instanceId, last, EventFeed.MAX_LIMIT).events();
		}
		return events;
	}

	/**
	 * Waits for the writers, stops the sequencers, gives the last events their position
	 * and tells the readers that every event has one.
	 */
	private void finishWriting(List<Future<?>> writes, AtomicBoolean writing, List<Future<?>> sequencers,
			CountDownLatch allSequenced) throws Exception {
		for (Future<?> write : writes) {
			write.get(2, TimeUnit.MINUTES);
		}
		writing.set(false);
		for (Future<?> sequencer : sequencers) {
			sequencer.get(2, TimeUnit.MINUTES);
		}
		this.sequencer.sequence();
		allSequenced.countDown();
	}

	private void sequenceWhile(AtomicBoolean writing) {
		while (writing.get()) {
			this.sequencer.sequence();
		}
	}

	private List<ObjectNode> follow(UUID organisationId, UUID instanceId, int limit, CountDownLatch allSequenced)
			throws InterruptedException {
		List<ObjectNode> read = new ArrayList<>();
		long cursor = 0;
		boolean last = false;
		while (true) {
			FeedPage page = this.feed.read(organisationId, instanceId, cursor, limit);
			read.addAll(page.events());
			cursor = page.next();
			if (page.events().isEmpty()) {
				if (last) {
					return read;
				}
				// one more read once everything has a position, then stop at the first
				// empty page
				last = allSequenced.await(5, TimeUnit.MILLISECONDS);
			}
		}
	}

	private void assertPositionsWithoutGaps() {
		this.sequencer.sequence();
		long lastPosition = this.sequencer.lastPosition();
		assertThat(this.dsl.fetchCount(Outbox.CHANGE_EVENT, Outbox.POSITION.isNull())).isZero();
		assertThat(this.dsl.fetchCount(Outbox.CHANGE_EVENT)).isEqualTo(lastPosition);
		assertThat(this.dsl.select(DSL.max(Outbox.POSITION)).from(Outbox.CHANGE_EVENT).fetchOne(0, Long.class))
			.isEqualTo(lastPosition);
	}

	private void record(UUID organisationId, @Nullable UUID instanceId, UUID user, int n) {
		ChangeEvent event = event(organisationId, instanceId, user, n);
		this.dsl.transaction((transaction) -> this.outbox.record(transaction.dsl(), List.of(event)));
	}

	private static ChangeEvent event(UUID organisationId, @Nullable UUID instanceId, UUID user, int n) {
		ObjectNode data = JSON.objectNode();
		data.putObject("user").put("id", user.toString());
		data.put("n", n);
		EventType type = (instanceId != null) ? EventType.ROLE_GRANTED : EventType.USER_UPDATED;
		return new ChangeEvent(organisationId, instanceId, type, user, null, data);
	}

}
