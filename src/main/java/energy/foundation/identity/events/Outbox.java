package energy.foundation.identity.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep8;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records change events in the transaction of the change (a transactional outbox): they
 * commit with it or not at all. Each event gets a new random id that stays its id however
 * often it is delivered. Events are written in the order given; within a transaction that
 * holds a user's row lock, this is the order in which that user's events are delivered.
 * After the transaction commits, this node's {@link EventPump} is nudged to give the
 * events their feed position and deliver them at once.
 */
@Component
public final class Outbox {

	static final Table<?> CHANGE_EVENT = DSL.table(DSL.unquotedName("change_event"));

	static final Field<Long> SEQUENCE = DSL.field(DSL.unquotedName("sequence"), SQLDataType.BIGINT);

	static final Field<UUID> ID = DSL.field(DSL.unquotedName("id"), SQLDataType.UUID);

	static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID);

	static final Field<UUID> INSTANCE_ID = DSL.field(DSL.unquotedName("instance_id"), SQLDataType.UUID);

	static final Field<String> TYPE = DSL.field(DSL.unquotedName("type"), SQLDataType.VARCHAR);

	static final Field<UUID> USER_ID = DSL.field(DSL.unquotedName("user_id"), SQLDataType.UUID);

	static final Field<UUID> GROUP_ID = DSL.field(DSL.unquotedName("group_id"), SQLDataType.UUID);

	static final Field<OffsetDateTime> OCCURRED_AT = DSL.field(DSL.unquotedName("occurred_at"),
			SQLDataType.TIMESTAMPWITHTIMEZONE(6));

	static final Field<String> DATA = DSL.field(DSL.unquotedName("data"), SQLDataType.VARCHAR);

	static final Field<Long> POSITION = DSL.field(DSL.unquotedName("position"), SQLDataType.BIGINT);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int BATCH = 500;

	private final Clock clock;

	private final ObjectProvider<EventPump> pump;

	Outbox(ObjectProvider<Clock> clock, ObjectProvider<EventPump> pump) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.pump = pump;
	}

	/**
	 * Records events in the given transaction.
	 * @param transaction the transaction of the change the events describe
	 * @param events the events, in the order they happened
	 */
	public void record(DSLContext transaction, List<ChangeEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		for (int start = 0; start < events.size(); start += BATCH) {
			insert(transaction, events.subList(start, Math.min(events.size(), start + BATCH)), now);
		}
		nudgeAfterCommit();
	}

	/**
	 * Has this node sequence and deliver the events as soon as the transaction commits,
	 * instead of at its next poll. jOOQ's transactions run through Spring's transaction
	 * manager, so a Spring transaction is active here whenever events are recorded in
	 * one.
	 */
	private void nudgeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, true);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				Outbox.this.pump.ifAvailable(EventPump::nudge);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
			}

		});
	}

	private static void insert(DSLContext transaction, List<ChangeEvent> events, OffsetDateTime now) {
		InsertValuesStep8<?, UUID, UUID, UUID, String, UUID, UUID, OffsetDateTime, String> insert = transaction
			.insertInto(CHANGE_EVENT, ID, ORGANISATION_ID, INSTANCE_ID, TYPE, USER_ID, GROUP_ID, OCCURRED_AT, DATA);
		for (ChangeEvent event : events) {
			insert = insert.values(UUID.randomUUID(), event.organisationId(), event.instanceId(),
					event.type().wireName(), event.userId(), event.groupId(), now,
					MAPPER.writeValueAsString(event.data()));
		}
		insert.execute();
	}

}
