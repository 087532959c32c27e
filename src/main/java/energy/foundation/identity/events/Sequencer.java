package energy.foundation.identity.events;

import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Component;

/**
 * Gives committed change events their feed position, in the order they were written. Each
 * run holds the lock on the one {@code event_sequencer} row, so that runs on several
 * nodes take turns: positions follow each other without gaps, and a run's positions
 * become visible together, after every position before them. Only committed rows are
 * seen, so an event that commits late gets a later position than events that committed
 * before it, and a feed reader that has passed a position never misses an event.
 */
@Component
final class Sequencer {

	static final Table<?> EVENT_SEQUENCER = DSL.table(DSL.unquotedName("event_sequencer"));

	static final Field<Integer> ID = DSL.field(DSL.unquotedName("id"), SQLDataType.INTEGER);

	static final Field<Long> LAST_POSITION = DSL.field(DSL.unquotedName("last_position"), SQLDataType.BIGINT);

	static final Field<Long> PRUNED_THROUGH = DSL.field(DSL.unquotedName("pruned_through"), SQLDataType.BIGINT);

	private final DSLContext dsl;

	private final int batch;

	Sequencer(DSLContext dsl, EventsProperties properties) {
		this.dsl = dsl;
		this.batch = properties.sequencerBatch();
	}

	/**
	 * Gives positions to every event committed so far, batch by batch.
	 * @return how many events got a position
	 */
	int sequence() {
		// without the lock: most runs find nothing to do and need not queue for it
		if (!this.dsl.fetchExists(Outbox.CHANGE_EVENT, Outbox.POSITION.isNull())) {
			return 0;
		}
		int total = 0;
		int done;
		do {
			done = this.dsl.transactionResult((transaction) -> sequenceBatch(transaction.dsl()));
			total += done;
		}
		while (done == this.batch);
		return total;
	}

	/**
	 * The last position given so far.
	 */
	long lastPosition() {
		Long last = this.dsl.select(LAST_POSITION).from(EVENT_SEQUENCER).where(ID.eq(1)).fetchOne(LAST_POSITION);
		return (last != null) ? last : 0;
	}

	/**
	 * The highest position pruned so far, 0 while none was: events after a cursor below
	 * it may be gone.
	 */
	long prunedThrough() {
		Long pruned = this.dsl.select(PRUNED_THROUGH).from(EVENT_SEQUENCER).where(ID.eq(1)).fetchOne(PRUNED_THROUGH);
		return (pruned != null) ? pruned : 0;
	}

	private int sequenceBatch(DSLContext transaction) {
		Long last = transaction.select(LAST_POSITION)
			.from(EVENT_SEQUENCER)
			.where(ID.eq(1))
			.forUpdate()
			.fetchOne(LAST_POSITION);
		if (last == null) {
			throw new IllegalStateException("The event_sequencer row is missing");
		}
		List<Long> sequences = transaction.select(Outbox.SEQUENCE)
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.POSITION.isNull())
			.orderBy(Outbox.SEQUENCE)
			.limit(this.batch)
			.fetch(Outbox.SEQUENCE);
		if (sequences.isEmpty()) {
			return 0;
		}

		BatchBindStep updates = transaction.batch(transaction.update(Outbox.CHANGE_EVENT)
			.set(Outbox.POSITION, (Long) null)
			.where(Outbox.SEQUENCE.eq((Long) null)));
		long position = last;
		for (Long sequence : sequences) {
			position++;
			updates = updates.bind(position, sequence);
		}
		updates.execute();
		transaction.update(EVENT_SEQUENCER).set(LAST_POSITION, position).where(ID.eq(1)).execute();
		return sequences.size();
	}

}
