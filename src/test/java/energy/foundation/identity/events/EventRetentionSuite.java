package energy.foundation.identity.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pruning change events on a real database: events older than the retention go, in
 * batches, and the prune horizon rises to the highest position deleted; events that
 * somebody may still need stay: young ones, unsequenced ones, ones a webhook endpoint
 * (switched on or off) has not delivered, and ones a dead letter refers to. Every test
 * writes a second organisation's events and checks that the same rules hold for them.
 * Events are written with clocks of their own instead of waiting. Subclasses choose the
 * database, each in a schema of its own, because pruning deletes for the whole service.
 */
@SpringBootTest(properties = "foundation.events.poll-interval=1h")
abstract class EventRetentionSuite {

	private static final Duration RETENTION = Duration.ofDays(30);

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Sequencer sequencer;

	@Autowired
	private EventRetention retention;

	@Autowired
	private EventFeed feed;

	@Autowired
	private Webhooks webhooks;

	@Autowired
	private EventsProperties properties;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Instances instances;

	private final Instant now = Instant.now();

	private Outbox old;

	private Outbox young;

	private UUID organisation;

	private UUID instance;

	private UUID otherInstance;

	private UUID otherOrganisation;

	private UUID foreignInstance;

	@BeforeEach
	void prepare() {
		// pruning stops at the first young event: earlier tests' events must not be it
		this.dsl.deleteFrom(Outbox.CHANGE_EVENT).execute();
		this.old = outboxAt(this.now.minus(RETENTION).minus(Duration.ofDays(10)));
		this.young = outboxAt(this.now.minus(RETENTION).plus(Duration.ofHours(1)));
		this.organisation = this.organisations.create("Contoso " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		this.instance = this.instances.create(this.organisation, "Production").id();
		this.otherInstance = this.instances.create(this.organisation, "Test").id();
		this.otherOrganisation = this.organisations
			.create("Fabrikam " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		this.foreignInstance = this.instances.create(this.otherOrganisation, "Production").id();
	}

	@Test
	void pruneWhenEventsOlderThanRetentionThenDeletedInBatchesAndYoungKept() {
		UUID oldUser = write(this.old, this.organisation, null);
		UUID oldRole = write(this.old, this.organisation, this.instance);
		UUID oldForeign = write(this.old, this.otherOrganisation, null);
		UUID youngUser = write(this.young, this.organisation, null);
		UUID youngForeign = write(this.young, this.otherOrganisation, null);
		this.sequencer.sequence();

		int deleted = this.retention.prune(cutoff(), 2);

		assertThat(deleted).isEqualTo(3);
		assertThat(kept(this.organisation)).containsExactly(youngUser).doesNotContain(oldUser, oldRole);
		assertThat(kept(this.otherOrganisation)).containsExactly(youngForeign).doesNotContain(oldForeign);
	}

	@Test
	void pruneWhenEventsDeletedThenHorizonIsTheHighestPositionDeletedAndNeverGoesBack() {
		write(this.old, this.otherOrganisation, null);
		UUID last = write(this.old, this.organisation, null);
		write(this.young, this.organisation, null);
		this.sequencer.sequence();
		long before = this.sequencer.prunedThrough();
		long lastPosition = position(last);

		this.retention.prune(cutoff());
		long after = this.sequencer.prunedThrough();
		this.retention.prune(cutoff().minus(Duration.ofDays(365)));

		assertThat(before).isLessThan(lastPosition);
		assertThat(after).isEqualTo(lastPosition);
		assertThat(this.sequencer.prunedThrough()).isEqualTo(lastPosition);
	}

	@Test
	void pruneWhenEventsHaveNoPositionYetThenKept() {
		UUID unsequenced = write(this.old, this.organisation, null);
		UUID foreignUnsequenced = write(this.old, this.otherOrganisation, null);

		int deleted = this.retention.prune(cutoff());

		assertThat(deleted).isZero();
		assertThat(kept(this.organisation)).containsExactly(unsequenced);
		assertThat(kept(this.otherOrganisation)).containsExactly(foreignUnsequenced);
	}

	@Test
	void pruneWhenEndpointHasNotDeliveredEventsThenTheyAreKept() {
		assertEventsAfterCursorKept(true);
	}

	@Test
	void pruneWhenSwitchedOffEndpointHasNotDeliveredEventsThenTheyAreKept() {
		assertEventsAfterCursorKept(false);
	}

	@Test
	void pruneWhenDeadLetterRefersToEventThenKept() {
		UUID endpoint = addEndpoint(this.organisation, this.instance);
		UUID foreignEndpoint = addEndpoint(this.otherOrganisation, this.foreignInstance);
		UUID dead = write(this.old, this.organisation, null);
		UUID delivered = write(this.old, this.organisation, this.instance);
		UUID foreignDead = write(this.old, this.otherOrganisation, null);
		UUID foreignDelivered = write(this.old, this.otherOrganisation, null);
		this.sequencer.sequence();
		insertDeadLetter(endpoint, this.organisation, dead);
		insertDeadLetter(foreignEndpoint, this.otherOrganisation, foreignDead);
		moveCursor(endpoint, this.sequencer.lastPosition());
		moveCursor(foreignEndpoint, this.sequencer.lastPosition());

		this.retention.prune(cutoff());

		assertThat(kept(this.organisation)).containsExactly(dead).doesNotContain(delivered);
		assertThat(kept(this.otherOrganisation)).containsExactly(foreignDead).doesNotContain(foreignDelivered);
	}

	@Test
	void readWhenCursorBelowPruneHorizonThenRefusedAndFromZeroTheOldestKept() {
		UUID first = write(this.old, this.organisation, null);
		write(this.old, this.organisation, null);
		write(this.old, this.otherOrganisation, null);
		UUID youngUser = write(this.young, this.organisation, null);
		this.sequencer.sequence();
		long stale = position(first);
		this.retention.prune(cutoff());
		long horizon = this.sequencer.prunedThrough();

		FeedPage fromStart = this.feed.read(this.organisation, this.instance, 0, 10);
		FeedPage fromHorizon = this.feed.read(this.organisation, this.instance, horizon, 10);

		assertThat(fromStart.events()).singleElement()
			.satisfies((event) -> assertThat(event.get("data").get("user").get("id").asString())
				.isEqualTo(youngUser.toString()));
		assertThat(fromHorizon.events()).hasSize(1);
		assertThatExceptionOfType(CursorPrunedException.class)
			.isThrownBy(() -> this.feed.read(this.organisation, this.instance, stale, 10));
		assertThatExceptionOfType(CursorPrunedException.class)
			.isThrownBy(() -> this.feed.read(this.otherOrganisation, this.foreignInstance, horizon - 1, 10));
	}

	@Test
	void readFromZeroWhenOldEventsKeptBelowHorizonThenStartsAtHorizonAndGoesOn() {
		UUID endpoint = addEndpoint(this.organisation, this.instance);
		this.webhooks.setActive(this.organisation, this.instance, endpoint, false);
		write(this.old, this.organisation, null);
		write(this.old, this.organisation, null);
		write(this.old, this.organisation, null);
		write(this.old, this.otherOrganisation, null);
		UUID youngUser = write(this.young, this.organisation, null);
		this.sequencer.sequence();
		this.retention.prune(cutoff());

		FeedPage first = this.feed.read(this.organisation, this.instance, 0, 2);
		FeedPage second = this.feed.read(this.organisation, this.instance, first.next(), 2);

		assertThat(kept(this.organisation)).hasSize(4);
		assertThat(first.events()).singleElement()
			.satisfies((event) -> assertThat(event.get("data").get("user").get("id").asString())
				.isEqualTo(youngUser.toString()));
		assertThat(second.events()).isEmpty();
	}

	@Test
	void pruneWhenScheduledThenEventsOlderThanTheRetentionByItsClockGo() {
		UUID oldUser = write(this.old, this.organisation, null);
		UUID foreignUser = write(this.old, this.otherOrganisation, null);
		UUID youngUser = write(this.young, this.organisation, null);
		this.sequencer.sequence();
		Clock clock = Clock.fixed(this.now, ZoneOffset.UTC);
		EventPruning pruning = new EventPruning(this.retention,
				new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class), this.properties);

		pruning.prune();

		assertThat(this.properties.retention()).isEqualTo(RETENTION);
		assertThat(kept(this.organisation)).containsExactly(youngUser).doesNotContain(oldUser);
		assertThat(kept(this.otherOrganisation)).doesNotContain(foreignUser);
	}

	/**
	 * An endpoint of the organisation's instance keeps the events after its cursor that
	 * it receives: the organisation's and its instance's, not another instance's role
	 * events nor another organisation's events.
	 */
	private void assertEventsAfterCursorKept(boolean active) {
		UUID delivered = write(this.old, this.organisation, null);
		this.sequencer.sequence();
		UUID endpoint = addEndpoint(this.organisation, this.instance);
		if (!active) {
			this.webhooks.setActive(this.organisation, this.instance, endpoint, false);
		}
		UUID pending = write(this.old, this.organisation, null);
		UUID pendingRole = write(this.old, this.organisation, this.instance);
		UUID otherInstanceRole = write(this.old, this.organisation, this.otherInstance);
		UUID foreign = write(this.old, this.otherOrganisation, null);
		this.sequencer.sequence();

		this.retention.prune(cutoff());

		assertThat(kept(this.organisation)).containsExactlyInAnyOrder(pending, pendingRole)
			.doesNotContain(delivered, otherInstanceRole);
		assertThat(kept(this.otherOrganisation)).doesNotContain(foreign).isEmpty();
	}

	private Instant cutoff() {
		return this.now.minus(RETENTION);
	}

	private UUID addEndpoint(UUID organisationId, UUID instanceId) {
		return this.webhooks.add(organisationId, instanceId, "https://hooks.example.com/events", null).endpointId();
	}

	private void moveCursor(UUID endpoint, long position) {
		this.dsl.update(WebhookStore.ENDPOINT)
			.set(WebhookStore.DELIVERED_POSITION, position)
			.where(WebhookStore.ID.eq(endpoint))
			.execute();
	}

	private void insertDeadLetter(UUID endpointId, UUID organisationId, UUID user) {
		this.dsl.insertInto(WebhookStore.DEAD_LETTER)
			.set(WebhookStore.DL_ID, UUID.randomUUID())
			.set(WebhookStore.DL_ENDPOINT_ID, endpointId)
			.set(WebhookStore.DL_ORGANISATION_ID, organisationId)
			.set(WebhookStore.DL_POSITION, position(user))
			.set(WebhookStore.DL_EVENT_ID, UUID.randomUUID())
			.set(WebhookStore.DL_EVENT_TYPE, EventType.USER_UPDATED.wireName())
			.set(WebhookStore.DL_DEAD_AT, this.now)
			.set(WebhookStore.DL_ATTEMPTS, 30)
			.set(WebhookStore.DL_LAST_ERROR, "HTTP 503")
			.set(WebhookStore.DL_STATE, WebhookDeadLetter.State.DEAD.code())
			.execute();
	}

	/**
	 * The users whose events of the organisation are still stored, in the order written.
	 */
	private List<UUID> kept(UUID organisationId) {
		return this.dsl.select(Outbox.USER_ID)
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.ORGANISATION_ID.eq(organisationId))
			.orderBy(Outbox.SEQUENCE)
			.fetch(Outbox.USER_ID);
	}

	private long position(UUID user) {
		Long position = this.dsl.select(Outbox.POSITION)
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.USER_ID.eq(user))
			.fetchOne(Outbox.POSITION);
		assertThat(position).isNotNull();
		return position;
	}

	/**
	 * Writes one event of a new user and answers the user's id.
	 */
	private UUID write(Outbox outbox, UUID organisationId, @Nullable UUID instanceId) {
		UUID user = UUID.randomUUID();
		EventType type = (instanceId != null) ? EventType.ROLE_GRANTED : EventType.USER_UPDATED;
		var data = JsonNodeFactory.instance.objectNode();
		data.putObject("user").put("id", user.toString());
		ChangeEvent event = new ChangeEvent(organisationId, instanceId, type, user, null, data);
		this.dsl.transaction((transaction) -> outbox.record(transaction.dsl(), List.of(event)));
		return user;
	}

	/**
	 * An outbox whose events happen at the given time and that nudges no pump: events get
	 * their position when the test sequences them.
	 */
	private static Outbox outboxAt(Instant time) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				Map.of("clock", Clock.fixed(time, ZoneOffset.UTC)));
		return new Outbox(beans.getBeanProvider(Clock.class), beans.getBeanProvider(EventPump.class));
	}

}
