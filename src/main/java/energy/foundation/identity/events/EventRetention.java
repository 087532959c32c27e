package energy.foundation.identity.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

/**
 * Deletes change events older than the retention, for the whole service, in batches. An
 * event is deleted only when nobody can still need it: it has a feed position; it and
 * every event before it in the feed are older than the retention; every webhook endpoint
 * that receives it, switched on or off (an endpoint switched on again resumes from its
 * cursor), has passed it; and no dead letter refers to it. The highest position deleted
 * is the prune horizon ({@code event_sequencer.pruned_through}), raised in the
 * transaction of each batch, so that a feed reader whose cursor is below it learns that
 * it may have missed events. Deleting what another node deleted at the same time changes
 * nothing.
 */
@Component
final class EventRetention {

	/**
	 * Most events deleted in one transaction.
	 */
	static final int BATCH = 1000;

	// the outer change_event row in the correlated subqueries
	private static final Field<UUID> EVENT_ORGANISATION_ID = qualified(Outbox.CHANGE_EVENT, Outbox.ORGANISATION_ID);

	private static final Field<UUID> EVENT_INSTANCE_ID = qualified(Outbox.CHANGE_EVENT, Outbox.INSTANCE_ID);

	private static final Field<Long> EVENT_POSITION = qualified(Outbox.CHANGE_EVENT, Outbox.POSITION);

	private final DSLContext dsl;

	EventRetention(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Deletes the events that happened before the given time and are needed by nobody.
	 * @return how many were deleted
	 */
	int prune(Instant olderThan) {
		return prune(olderThan, BATCH);
	}

	/**
	 * Deletes the events that happened before the given time and are needed by nobody, at
	 * most {@code batch} in each transaction.
	 * @return how many were deleted
	 */
	int prune(Instant olderThan, int batch) {
		OffsetDateTime limit = OffsetDateTime.ofInstant(olderThan, ZoneOffset.UTC);
		long below = firstPositionSince(limit);
		int total = 0;
		long after = 0;
		Batch done;
		do {
			long from = after;
			done = this.dsl
				.transactionResult((transaction) -> pruneBatch(transaction.dsl(), from, below, limit, batch));
			total += done.deleted();
			after = done.last();
		}
		while (done.selected() == batch);
		return total;
	}

	/**
	 * The first feed position of an event that happened at or after the given time: the
	 * scan for events to delete stops there rather than walking through every event kept.
	 */
	private long firstPositionSince(OffsetDateTime limit) {
		Long first = this.dsl.select(DSL.min(Outbox.POSITION))
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.POSITION.isNotNull())
			.and(Outbox.OCCURRED_AT.ge(limit))
			.fetchOne(0, Long.class);
		return (first != null) ? first : Long.MAX_VALUE;
	}

	private Batch pruneBatch(DSLContext transaction, long after, long below, OffsetDateTime limit, int batch) {
		List<Long> positions = transaction.select(Outbox.POSITION)
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.POSITION.gt(after))
			.and(Outbox.POSITION.lt(below))
			.and(Outbox.OCCURRED_AT.lt(limit))
			.andNotExists(DSL.selectOne().from(WebhookStore.ENDPOINT).where(undelivered()))
			.andNotExists(DSL.selectOne().from(WebhookStore.DEAD_LETTER).where(deadLettered()))
			.orderBy(Outbox.POSITION)
			.limit(batch)
			.fetch(Outbox.POSITION);
		if (positions.isEmpty()) {
			return new Batch(0, 0, after);
		}

		int deleted = transaction.deleteFrom(Outbox.CHANGE_EVENT).where(Outbox.POSITION.in(positions)).execute();
		long last = positions.get(positions.size() - 1);
		// last, so that the sequencer's row is locked only for the commit
		transaction.update(Sequencer.EVENT_SEQUENCER)
			.set(Sequencer.PRUNED_THROUGH, DSL.greatest(Sequencer.PRUNED_THROUGH, DSL.val(last)))
			.where(Sequencer.ID.eq(1))
			.execute();
		return new Batch(positions.size(), deleted, last);
	}

	/**
	 * An endpoint that receives the event (its organisation's, and for a role event its
	 * instance's) has its cursor before it.
	 */
	private static Condition undelivered() {
		Field<UUID> organisationId = qualified(WebhookStore.ENDPOINT, WebhookStore.ORGANISATION_ID);
		Field<UUID> instanceId = qualified(WebhookStore.ENDPOINT, WebhookStore.INSTANCE_ID);
		Field<Long> cursor = qualified(WebhookStore.ENDPOINT, WebhookStore.DELIVERED_POSITION);
		return organisationId.eq(EVENT_ORGANISATION_ID)
			.and(EVENT_INSTANCE_ID.isNull().or(instanceId.eq(EVENT_INSTANCE_ID)))
			.and(cursor.lt(EVENT_POSITION));
	}

	/**
	 * A dead letter refers to the event, whatever its state: a redelivered one may be
	 * redelivered again.
	 */
	private static Condition deadLettered() {
		return qualified(WebhookStore.DEAD_LETTER, WebhookStore.DL_POSITION).eq(EVENT_POSITION);
	}

	private static <T> Field<T> qualified(Table<?> table, Field<T> field) {
		return DSL.field(DSL.unquotedName(table.getName(), field.getName()), field.getDataType());
	}

	/**
	 * What one batch did.
	 *
	 * @param selected how many events it chose to delete
	 * @param deleted how many of them it deleted (another node may have been first)
	 * @param last the highest position it chose, or where it started when none
	 */
	private record Batch(int selected, int deleted, long last) {

	}

}
