package energy.foundation.identity.events;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * The change feed of an instance: the organisation's changes of users, groups and
 * memberships, and the role events of that instance, in feed order. A position is given
 * to an event only once it has committed, in one sequence for the whole service, so a
 * reader that passes the last position it saw never misses an event that commits later.
 * Events of one user come in the order they happened. Events older than the retention are
 * pruned: the feed starts at the oldest event kept, and a cursor below the highest
 * position pruned is refused, since events after it may be gone.
 */
@Service
public final class EventFeed {

	/**
	 * The most events one read answers.
	 */
	public static final int MAX_LIMIT = 1000;

	private final DSLContext dsl;

	private final Sequencer sequencer;

	EventFeed(DSLContext dsl, Sequencer sequencer) {
		this.dsl = dsl;
		this.sequencer = sequencer;
	}

	/**
	 * The events of an instance after a cursor. The caller makes sure the instance
	 * belongs to the organisation.
	 * @param organisationId the organisation
	 * @param instanceId the instance whose feed to read
	 * @param after the cursor: 0 for the oldest event within the retention, else the
	 * {@link FeedPage#next()} of the page before
	 * @param limit how many events at most, 1 to {@value #MAX_LIMIT}
	 * @return the events after the cursor and the next cursor, which passes the positions
	 * of other instances' events too
	 * @throws IllegalArgumentException when the cursor is negative or the limit out of
	 * range
	 * @throws CursorBeyondFeedException when the cursor is past the last position given
	 * to any event, so never handed out
	 * @throws CursorPrunedException when the cursor is above 0 and below the highest
	 * position pruned, so events after it may be gone
	 */
	public FeedPage read(UUID organisationId, UUID instanceId, long after, int limit) {
		if (after < 0) {
			throw new IllegalArgumentException("The cursor must not be negative");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("The limit must be from 1 to " + MAX_LIMIT);
		}
		// read first: every event up to this position is committed and has its position
		long sequenced = this.sequencer.lastPosition();
		if (after > sequenced) {
			// it would be answered back as next and hide every event up to it
			throw new CursorBeyondFeedException();
		}
		// a fresh reader starts at the horizon: what is kept below it (for webhooks and
		// dead letters) is older than the retention, and a cursor into it would be
		// refused
		long from = (after == 0) ? this.sequencer.prunedThrough() : after;
		List<ObjectNode> events = select(this.dsl, organisationId, instanceId, from, limit).fetch(EventEnvelope::of);
		// read after the events: a prune that deleted some of them before they were read
		// has raised the horizon by now
		if (after > 0 && after < this.sequencer.prunedThrough()) {
			throw new CursorPrunedException(after);
		}
		long next = events.isEmpty() ? from : events.get(events.size() - 1).get("position").asLong();
		return new FeedPage(events, (events.size() < limit) ? Math.max(next, sequenced) : next);
	}

	/**
	 * The statement reading an instance's events after a position, in feed order.
	 */
	static ResultQuery<Record> select(DSLContext sql, UUID organisationId, UUID instanceId, long after, int limit) {
		return sql.select(EventEnvelope.FIELDS)
			.from(Outbox.CHANGE_EVENT)
			.where(ofInstance(organisationId, instanceId))
			.and(Outbox.POSITION.gt(after))
			.orderBy(Outbox.POSITION)
			.limit(limit);
	}

	/**
	 * The events an instance receives: the organisation's events for every instance and
	 * its own.
	 */
	static Condition ofInstance(UUID organisationId, UUID instanceId) {
		return Outbox.ORGANISATION_ID.eq(organisationId)
			.and(Outbox.INSTANCE_ID.isNull().or(Outbox.INSTANCE_ID.eq(instanceId)));
	}

}
