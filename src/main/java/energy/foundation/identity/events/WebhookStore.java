package energy.foundation.identity.events;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Stores webhook endpoints and their dead letters ({@code webhook_endpoint},
 * {@code webhook_dead_letter}). Reads and changes made for the admin app name the
 * organisation and the instance; the delivery worker's changes name the lease token it
 * holds, so that a node that lost its lease changes nothing.
 */
@Repository
class WebhookStore {

	static final Table<?> ENDPOINT = DSL.table(DSL.unquotedName("webhook_endpoint"));

	static final Field<UUID> ID = field("id", SQLDataType.UUID);

	static final Field<UUID> ORGANISATION_ID = field("organisation_id", SQLDataType.UUID);

	static final Field<UUID> INSTANCE_ID = field("instance_id", SQLDataType.UUID);

	static final Field<String> URL = field("url", SQLDataType.VARCHAR);

	static final Field<Boolean> ACTIVE = field("active", SQLDataType.BOOLEAN);

	static final Field<Instant> CREATED_AT = field("created_at", SQLDataType.INSTANT);

	static final Field<String> CREATED_BY = field("created_by", SQLDataType.VARCHAR);

	static final Field<String> SECRET = field("secret", SQLDataType.VARCHAR);

	static final Field<String> SECRET_HINT = field("secret_hint", SQLDataType.VARCHAR);

	static final Field<String> PREVIOUS_SECRET = field("previous_secret", SQLDataType.VARCHAR);

	static final Field<String> PREVIOUS_SECRET_HINT = field("previous_secret_hint", SQLDataType.VARCHAR);

	static final Field<Instant> PREVIOUS_SECRET_UNTIL = field("previous_secret_until", SQLDataType.INSTANT);

	static final Field<Long> DELIVERED_POSITION = field("delivered_position", SQLDataType.BIGINT);

	static final Field<Integer> ATTEMPTS = field("attempts", SQLDataType.INTEGER);

	static final Field<Instant> FIRST_FAILURE_AT = field("first_failure_at", SQLDataType.INSTANT);

	static final Field<Instant> NEXT_ATTEMPT_AT = field("next_attempt_at", SQLDataType.INSTANT);

	static final Field<Instant> LAST_ATTEMPT_AT = field("last_attempt_at", SQLDataType.INSTANT);

	static final Field<Instant> LAST_SUCCESS_AT = field("last_success_at", SQLDataType.INSTANT);

	static final Field<String> LAST_ERROR = field("last_error", SQLDataType.VARCHAR);

	static final Field<String> LEASE_OWNER = field("lease_owner", SQLDataType.VARCHAR);

	static final Field<UUID> LEASE_TOKEN = field("lease_token", SQLDataType.UUID);

	static final Field<Instant> LEASE_UNTIL = field("lease_until", SQLDataType.INSTANT);

	static final Table<?> DEAD_LETTER = DSL.table(DSL.unquotedName("webhook_dead_letter"));

	static final Field<UUID> DL_ID = field("id", SQLDataType.UUID);

	static final Field<UUID> DL_ENDPOINT_ID = field("endpoint_id", SQLDataType.UUID);

	static final Field<UUID> DL_ORGANISATION_ID = field("organisation_id", SQLDataType.UUID);

	static final Field<Long> DL_POSITION = field("position", SQLDataType.BIGINT);

	static final Field<UUID> DL_EVENT_ID = field("event_id", SQLDataType.UUID);

	static final Field<String> DL_EVENT_TYPE = field("event_type", SQLDataType.VARCHAR);

	static final Field<Instant> DL_DEAD_AT = field("dead_at", SQLDataType.INSTANT);

	static final Field<Integer> DL_ATTEMPTS = field("attempts", SQLDataType.INTEGER);

	static final Field<String> DL_LAST_ERROR = field("last_error", SQLDataType.VARCHAR);

	static final Field<String> DL_STATE = field("state", SQLDataType.VARCHAR);

	static final Field<Instant> DL_REQUESTED_AT = field("requested_at", SQLDataType.INSTANT);

	static final Field<String> DL_REQUESTED_BY = field("requested_by", SQLDataType.VARCHAR);

	static final Field<Instant> DL_REDELIVERED_AT = field("redelivered_at", SQLDataType.INSTANT);

	private static final Field<?>[] ENDPOINT_FIELDS = { ID, ORGANISATION_ID, INSTANCE_ID, URL, ACTIVE, CREATED_AT,
			CREATED_BY, SECRET, SECRET_HINT, PREVIOUS_SECRET, PREVIOUS_SECRET_HINT, PREVIOUS_SECRET_UNTIL,
			DELIVERED_POSITION, ATTEMPTS, FIRST_FAILURE_AT, NEXT_ATTEMPT_AT, LAST_ATTEMPT_AT, LAST_SUCCESS_AT,
			LAST_ERROR, LEASE_OWNER, LEASE_TOKEN, LEASE_UNTIL };

	private static final Field<?>[] DEAD_LETTER_FIELDS = { DL_ID, DL_ENDPOINT_ID, DL_ORGANISATION_ID, DL_POSITION,
			DL_EVENT_ID, DL_EVENT_TYPE, DL_DEAD_AT, DL_ATTEMPTS, DL_LAST_ERROR, DL_STATE, DL_REQUESTED_AT,
			DL_REQUESTED_BY, DL_REDELIVERED_AT };

	/** The longest error text kept. */
	static final int MAX_ERROR_LENGTH = 200;

	/** Most endpoints listed for one instance. */
	static final int MAX_LISTED = 100;

	// the outer table's columns, for the correlated subqueries of the work list
	private static final Field<UUID> OUTER_ID = qualified(ID);

	private static final Field<UUID> OUTER_ORGANISATION_ID = qualified(ORGANISATION_ID);

	private static final Field<UUID> OUTER_INSTANCE_ID = qualified(INSTANCE_ID);

	private static final Field<Long> OUTER_DELIVERED_POSITION = qualified(DELIVERED_POSITION);

	private final DSLContext dsl;

	WebhookStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(NewEndpoint endpoint) {
		this.dsl.insertInto(ENDPOINT)
			.set(ID, endpoint.id())
			.set(ORGANISATION_ID, endpoint.organisationId())
			.set(INSTANCE_ID, endpoint.instanceId())
			.set(URL, endpoint.url())
			.set(ACTIVE, true)
			.set(CREATED_AT, endpoint.createdAt())
			.set(CREATED_BY, endpoint.createdBy())
			.set(SECRET, endpoint.sealedSecret())
			.set(SECRET_HINT, endpoint.secretHint())
			.set(DELIVERED_POSITION, endpoint.deliveredPosition())
			.set(ATTEMPTS, 0)
			.execute();
	}

	/**
	 * The instance's endpoints, oldest first.
	 */
	List<Record> list(UUID organisationId, UUID instanceId) {
		return this.dsl.select(ENDPOINT_FIELDS)
			.from(ENDPOINT)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(INSTANCE_ID.eq(instanceId))
			.orderBy(CREATED_AT, ID)
			.limit(MAX_LISTED)
			.fetch();
	}

	int count(UUID organisationId, UUID instanceId) {
		return this.dsl.fetchCount(ENDPOINT, ORGANISATION_ID.eq(organisationId).and(INSTANCE_ID.eq(instanceId)));
	}

	Optional<Record> find(UUID organisationId, UUID instanceId, UUID id) {
		return this.dsl.select(ENDPOINT_FIELDS)
			.from(ENDPOINT)
			.where(scope(organisationId, instanceId, id))
			.fetchOptional();
	}

	/**
	 * Makes a new secret the current one; the current one keeps signing until the given
	 * time.
	 * @return whether the instance has the endpoint
	 */
	boolean rotate(UUID organisationId, UUID instanceId, UUID id, String sealedSecret, String secretHint,
			Instant previousUntil) {
		// the right-hand sides read the row as it was before the update
		return this.dsl.update(ENDPOINT)
			.set(PREVIOUS_SECRET, SECRET)
			.set(PREVIOUS_SECRET_HINT, SECRET_HINT)
			.set(PREVIOUS_SECRET_UNTIL, previousUntil)
			.set(SECRET, sealedSecret)
			.set(SECRET_HINT, secretHint)
			.where(scope(organisationId, instanceId, id))
			.execute() > 0;
	}

	/**
	 * Drops previous secrets whose grace period ended.
	 */
	int dropExpiredSecrets(Instant now) {
		return this.dsl.update(ENDPOINT)
			.setNull(PREVIOUS_SECRET)
			.setNull(PREVIOUS_SECRET_HINT)
			.setNull(PREVIOUS_SECRET_UNTIL)
			.where(PREVIOUS_SECRET_UNTIL.le(now))
			.execute();
	}

	/**
	 * Switches delivery on or off. Switching it on starts retrying afresh.
	 * @return whether the instance has the endpoint
	 */
	boolean setActive(UUID organisationId, UUID instanceId, UUID id, boolean active) {
		var update = this.dsl.update(ENDPOINT).set(ACTIVE, active);
		if (active) {
			update = update.set(ATTEMPTS, 0).setNull(FIRST_FAILURE_AT).setNull(NEXT_ATTEMPT_AT);
		}
		return update.where(scope(organisationId, instanceId, id)).execute() > 0;
	}

	/**
	 * Deletes an endpoint with its dead letters.
	 * @return whether the instance had the endpoint
	 */
	boolean delete(UUID organisationId, UUID instanceId, UUID id) {
		return this.dsl.transactionResult((transaction) -> {
			transaction.dsl()
				.deleteFrom(DEAD_LETTER)
				.where(DL_ENDPOINT_ID.eq(id))
				.and(DL_ORGANISATION_ID.eq(organisationId))
				.and(DL_ENDPOINT_ID.in(endpointsOf(organisationId, instanceId)))
				.execute();
			return transaction.dsl().deleteFrom(ENDPOINT).where(scope(organisationId, instanceId, id)).execute() > 0;
		});
	}

	/**
	 * Active endpoints with events after their cursor or queued redeliveries, whose lease
	 * is free and whose next attempt is due, least recently tried first.
	 */
	List<UUID> due(Instant now, int limit) {
		// two probes, so that the instance's own events are found by index
		// (organisation_id, instance_id, position) without walking other instances'
		// events
		Condition newEvents = DSL
			.exists(DSL.selectOne()
				.from(Outbox.CHANGE_EVENT)
				.where(Outbox.ORGANISATION_ID.eq(OUTER_ORGANISATION_ID))
				.and(Outbox.INSTANCE_ID.isNull())
				.and(Outbox.POSITION.gt(OUTER_DELIVERED_POSITION)))
			.or(DSL.exists(DSL.selectOne()
				.from(Outbox.CHANGE_EVENT)
				.where(Outbox.ORGANISATION_ID.eq(OUTER_ORGANISATION_ID))
				.and(Outbox.INSTANCE_ID.eq(OUTER_INSTANCE_ID))
				.and(Outbox.POSITION.gt(OUTER_DELIVERED_POSITION))));
		Condition queued = DSL.exists(DSL.selectOne()
			.from(DEAD_LETTER)
			.where(DL_ENDPOINT_ID.eq(OUTER_ID))
			.and(DL_STATE.eq(WebhookDeadLetter.State.QUEUED.code())));
		return this.dsl.select(ID)
			.from(ENDPOINT)
			.where(ACTIVE.isTrue())
			.and(LEASE_UNTIL.isNull().or(LEASE_UNTIL.lt(now)))
			.and(NEXT_ATTEMPT_AT.isNull().or(NEXT_ATTEMPT_AT.le(now)))
			.and(newEvents.or(queued))
			.orderBy(LAST_ATTEMPT_AT.asc().nullsFirst(), ID)
			.limit(limit)
			.fetch(ID);
	}

	/**
	 * Takes the lease of an endpoint when it is free (or expired) and the endpoint is
	 * active and due: one conditional update, so that of several nodes trying at once
	 * exactly one succeeds.
	 * @return whether this node now holds the lease
	 */
	boolean claim(UUID id, String owner, UUID token, Instant now, Instant until) {
		return this.dsl.update(ENDPOINT)
			.set(LEASE_OWNER, owner)
			.set(LEASE_TOKEN, token)
			.set(LEASE_UNTIL, until)
			.where(ID.eq(id))
			.and(ACTIVE.isTrue())
			.and(LEASE_UNTIL.isNull().or(LEASE_UNTIL.lt(now)))
			.and(NEXT_ATTEMPT_AT.isNull().or(NEXT_ATTEMPT_AT.le(now)))
			.execute() > 0;
	}

	/**
	 * The endpoint while the lease is still held with this token and not expired, and the
	 * endpoint still active.
	 */
	Optional<Record> leased(UUID id, UUID token, Instant now) {
		return this.dsl.select(ENDPOINT_FIELDS)
			.from(ENDPOINT)
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.and(LEASE_UNTIL.gt(now))
			.and(ACTIVE.isTrue())
			.fetchOptional();
	}

	/**
	 * Extends the lease before a request, only while it is held with this token, the
	 * endpoint is active and the lease lasts past the given time: a lease that ends
	 * sooner may be taken over by another node while the request is on its way.
	 * @return whether the lease is held until {@code until} now
	 */
	boolean renew(UUID id, UUID token, Instant mustLastPast, Instant until) {
		return this.dsl.update(ENDPOINT)
			.set(LEASE_UNTIL, until)
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.and(LEASE_UNTIL.gt(mustLastPast))
			.and(ACTIVE.isTrue())
			.execute() > 0;
	}

	/**
	 * Moves the cursor after the receiver accepted events, clears the failure state and
	 * extends the lease.
	 * @return whether the lease was still held
	 */
	boolean advance(UUID id, UUID token, long position, Instant now, Instant leaseUntil) {
		return this.dsl.update(ENDPOINT)
			.set(DELIVERED_POSITION, position)
			.set(ATTEMPTS, 0)
			.setNull(FIRST_FAILURE_AT)
			.setNull(NEXT_ATTEMPT_AT)
			.setNull(LAST_ERROR)
			.set(LAST_ATTEMPT_AT, now)
			.set(LAST_SUCCESS_AT, now)
			.set(LEASE_UNTIL, leaseUntil)
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.and(DELIVERED_POSITION.lt(position))
			.execute() > 0;
	}

	/**
	 * Moves the cursor past events of other instances, without a request: when nothing
	 * after the cursor was for this endpoint up to that position.
	 * @return whether it moved (not when the lease was lost or the cursor is there)
	 */
	boolean skipTo(UUID id, UUID token, long position) {
		return this.dsl.update(ENDPOINT)
			.set(DELIVERED_POSITION, position)
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.and(DELIVERED_POSITION.lt(position))
			.execute() > 0;
	}

	/**
	 * Records a failed attempt and when to try again.
	 */
	boolean recordFailure(UUID id, UUID token, Failure failure) {
		return this.dsl.update(ENDPOINT)
			.set(ATTEMPTS, failure.attempts())
			.set(FIRST_FAILURE_AT, failure.firstFailureAt())
			.set(NEXT_ATTEMPT_AT, failure.nextAttemptAt())
			.set(LAST_ATTEMPT_AT, failure.at())
			.set(LAST_ERROR, clip(failure.error()))
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.execute() > 0;
	}

	/**
	 * Moves events to the dead letters and the cursor past them, in one transaction;
	 * nothing changes when the lease was lost.
	 * @return whether the lease was still held
	 */
	boolean deadLetter(UUID id, UUID token, UUID organisationId, List<Record> events, Failure failure,
			Instant leaseUntil) {
		long last = events.get(events.size() - 1).get(Outbox.POSITION);
		return this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			int moved = sql.update(ENDPOINT)
				.set(DELIVERED_POSITION, last)
				.set(ATTEMPTS, failure.attempts())
				.set(FIRST_FAILURE_AT, failure.firstFailureAt())
				.set(LAST_ATTEMPT_AT, failure.at())
				.set(LAST_ERROR, clip(failure.error()))
				.set(LEASE_UNTIL, leaseUntil)
				.where(ID.eq(id))
				.and(LEASE_TOKEN.eq(token))
				.and(DELIVERED_POSITION.lt(last))
				.execute();
			if (moved == 0) {
				return false;
			}
			var insert = sql.insertInto(DEAD_LETTER, DL_ID, DL_ENDPOINT_ID, DL_ORGANISATION_ID, DL_POSITION,
					DL_EVENT_ID, DL_EVENT_TYPE, DL_DEAD_AT, DL_ATTEMPTS, DL_LAST_ERROR, DL_STATE, DL_REQUESTED_AT);
			for (Record event : events) {
				insert = insert.values(UUID.randomUUID(), id, organisationId, event.get(Outbox.POSITION),
						event.get(Outbox.ID), event.get(Outbox.TYPE), failure.at(), failure.attempts(),
						clip(failure.error()), WebhookDeadLetter.State.DEAD.code(), null);
			}
			insert.execute();
			return true;
		});
	}

	/**
	 * Gives the lease up.
	 */
	void release(UUID id, UUID token) {
		this.dsl.update(ENDPOINT)
			.setNull(LEASE_OWNER)
			.setNull(LEASE_TOKEN)
			.setNull(LEASE_UNTIL)
			.where(ID.eq(id))
			.and(LEASE_TOKEN.eq(token))
			.execute();
	}

	/**
	 * The endpoint's dead letters queued for redelivery, in feed order.
	 */
	Map<Long, UUID> queued(UUID endpointId, int limit) {
		Map<Long, UUID> queued = new LinkedHashMap<>();
		this.dsl.select(DL_POSITION, DL_ID)
			.from(DEAD_LETTER)
			.where(DL_ENDPOINT_ID.eq(endpointId))
			.and(DL_STATE.eq(WebhookDeadLetter.State.QUEUED.code()))
			.orderBy(DL_POSITION)
			.limit(limit)
			.forEach((row) -> queued.put(row.value1(), row.value2()));
		return queued;
	}

	/**
	 * Marks queued dead letters of an endpoint as redelivered, while the lease is held
	 * with this token.
	 * @return how many changed
	 */
	int redelivered(UUID endpointId, UUID token, Collection<UUID> ids, Instant now) {
		return this.dsl.update(DEAD_LETTER)
			.set(DL_STATE, WebhookDeadLetter.State.REDELIVERED.code())
			.set(DL_REDELIVERED_AT, now)
			.where(queuedOf(endpointId, token, ids))
			.execute();
	}

	/**
	 * Returns queued dead letters of an endpoint whose redelivery failed to the list,
	 * while the lease is held with this token.
	 * @return how many changed
	 */
	int redeliveryFailed(UUID endpointId, UUID token, Collection<UUID> ids, String error) {
		return this.dsl.update(DEAD_LETTER)
			.set(DL_STATE, WebhookDeadLetter.State.DEAD.code())
			.set(DL_ATTEMPTS, DL_ATTEMPTS.plus(1))
			.set(DL_LAST_ERROR, clip(error))
			.where(queuedOf(endpointId, token, ids))
			.execute();
	}

	private static Condition queuedOf(UUID endpointId, UUID token, Collection<UUID> ids) {
		// the subquery's unqualified columns are the endpoint's
		return DL_ID.in(ids)
			.and(DL_ENDPOINT_ID.eq(endpointId))
			.and(DL_STATE.eq(WebhookDeadLetter.State.QUEUED.code()))
			.and(DSL.exists(DSL.selectOne().from(ENDPOINT).where(ID.eq(endpointId)).and(LEASE_TOKEN.eq(token))));
	}

	/**
	 * The instance's dead letters, newest first.
	 */
	List<Record> deadLetters(UUID organisationId, UUID instanceId, int limit) {
		return this.dsl.select(DEAD_LETTER_FIELDS)
			.from(DEAD_LETTER)
			.where(DL_ORGANISATION_ID.eq(organisationId))
			.and(DL_ENDPOINT_ID.in(endpointsOf(organisationId, instanceId)))
			.orderBy(DL_DEAD_AT.desc(), DL_POSITION.desc())
			.limit(limit)
			.fetch();
	}

	/**
	 * Queues a dead letter for redelivery and makes its endpoint due at once.
	 * @return whether the instance has the dead letter and it was not queued already
	 */
	boolean requestRedelivery(UUID organisationId, UUID instanceId, UUID deadLetterId, @Nullable String by,
			Instant now) {
		return this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			UUID endpointId = sql.select(DL_ENDPOINT_ID)
				.from(DEAD_LETTER)
				.where(DL_ID.eq(deadLetterId))
				.and(DL_ORGANISATION_ID.eq(organisationId))
				.and(DL_ENDPOINT_ID.in(endpointsOf(organisationId, instanceId)))
				.fetchOne(DL_ENDPOINT_ID);
			if (endpointId == null) {
				return false;
			}
			int queued = sql.update(DEAD_LETTER)
				.set(DL_STATE, WebhookDeadLetter.State.QUEUED.code())
				.set(DL_REQUESTED_AT, now)
				.set(DL_REQUESTED_BY, by)
				.where(DL_ID.eq(deadLetterId))
				.and(DL_STATE.ne(WebhookDeadLetter.State.QUEUED.code()))
				.execute();
			sql.update(ENDPOINT).setNull(NEXT_ATTEMPT_AT).where(ID.eq(endpointId)).execute();
			return queued > 0;
		});
	}

	/**
	 * Queues every dead letter of an endpoint that is waiting (not queued, not
	 * redelivered) for redelivery with one statement, and makes the endpoint due at once.
	 * @return how many were queued, or -1 when the instance has no such endpoint
	 */
	int requestRedeliveryOfAll(UUID organisationId, UUID instanceId, UUID endpointId, @Nullable String by,
			Instant now) {
		return this.dsl.transactionResult((transaction) -> {
			DSLContext sql = transaction.dsl();
			if (!sql.fetchExists(ENDPOINT, scope(organisationId, instanceId, endpointId))) {
				return -1;
			}
			int queued = sql.update(DEAD_LETTER)
				.set(DL_STATE, WebhookDeadLetter.State.QUEUED.code())
				.set(DL_REQUESTED_AT, now)
				.set(DL_REQUESTED_BY, by)
				.where(DL_ENDPOINT_ID.eq(endpointId))
				.and(DL_ORGANISATION_ID.eq(organisationId))
				.and(DL_STATE.eq(WebhookDeadLetter.State.DEAD.code()))
				.execute();
			if (queued > 0) {
				sql.update(ENDPOINT).setNull(NEXT_ATTEMPT_AT).where(ID.eq(endpointId)).execute();
			}
			return queued;
		});
	}

	/**
	 * How many dead letters of an endpoint wait for a tenant administrator, counted up to
	 * a limit.
	 */
	int countWaiting(UUID endpointId, long limit) {
		return this.dsl.fetchCount(DSL.selectOne()
			.from(DEAD_LETTER)
			.where(DL_ENDPOINT_ID.eq(endpointId))
			.and(DL_STATE.eq(WebhookDeadLetter.State.DEAD.code()))
			.limit(limit));
	}

	/**
	 * One dead letter of the instance's endpoints.
	 */
	Optional<Record> deadLetter(UUID organisationId, UUID instanceId, UUID deadLetterId) {
		return this.dsl.select(DEAD_LETTER_FIELDS)
			.from(DEAD_LETTER)
			.where(DL_ID.eq(deadLetterId))
			.and(DL_ORGANISATION_ID.eq(organisationId))
			.and(DL_ENDPOINT_ID.in(endpointsOf(organisationId, instanceId)))
			.fetchOptional();
	}

	private static Select<Record1<UUID>> endpointsOf(UUID organisationId, UUID instanceId) {
		return DSL.select(ID).from(ENDPOINT).where(ORGANISATION_ID.eq(organisationId)).and(INSTANCE_ID.eq(instanceId));
	}

	private static Condition scope(UUID organisationId, UUID instanceId, UUID id) {
		return ORGANISATION_ID.eq(organisationId).and(INSTANCE_ID.eq(instanceId)).and(ID.eq(id));
	}

	static @Nullable String clip(@Nullable String error) {
		if (error == null || error.length() <= MAX_ERROR_LENGTH) {
			return error;
		}
		return error.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026";
	}

	private static <T> Field<T> field(String name, org.jooq.DataType<T> type) {
		return DSL.field(DSL.unquotedName(name), type);
	}

	private static <T> Field<T> qualified(Field<T> field) {
		return DSL.field(DSL.unquotedName("webhook_endpoint", field.getName()), field.getDataType());
	}

	/**
	 * A new endpoint to store.
	 */
	record NewEndpoint(UUID id, UUID organisationId, UUID instanceId, String url, Instant createdAt,
			@Nullable String createdBy, String sealedSecret, String secretHint, long deliveredPosition) {

		@Override
		public String toString() {
			return "NewEndpoint[id=" + this.id + "]";
		}

	}

	/**
	 * The state after a failed attempt.
	 *
	 * @param at when the attempt failed
	 * @param attempts failed attempts since the last success, this one included
	 * @param firstFailureAt when the first of them failed
	 * @param nextAttemptAt when to try again
	 * @param error what went wrong, in words
	 */
	record Failure(Instant at, int attempts, Instant firstFailureAt, Instant nextAttemptAt, String error) {

	}

}
