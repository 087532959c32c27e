package energy.foundation.identity.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers to one endpoint whose lease this node holds: first the dead letters queued for
 * redelivery, then the events after the cursor in feed order, a batch per request. The
 * cursor moves only after the receiver accepted a request, and only while the lease is
 * held, so every event reaches the receiver at least once and, while the receiver answers
 * in time, exactly once. Before each request the lease is extended, and only if enough of
 * it is left for the whole exchange; the dead letters' states change only under the lease
 * too.
 * <p>
 * A failed request (an answer other than 2xx, no answer in time, no connection) is tried
 * again after a growing wait. Once the endpoint has failed for the whole retry window,
 * the events in the failed request that are older than the window go to the dead letters
 * and the cursor moves past them; younger events keep being retried.
 */
@Component
final class WebhookDelivery {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDelivery.class);

	// batches sent under one lease before the endpoint goes back in the queue
	private static final int MAX_BATCHES = 50;

	/**
	 * The error recorded for an exception inside this service; its details are in the
	 * log.
	 */
	static final String INTERNAL_ERROR = "Not sent: internal error of the identity service (see its log)";

	private final DSLContext dsl;

	private final WebhookStore store;

	private final Sequencer sequencer;

	private final SecretBox secrets;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private final EventsProperties.Webhooks settings;

	private final WebhookSender sender;

	private final Backoff backoff;

	// lease time that must be left before a request: one exchange and half of one more
	private final Duration leaseNeeded;

	WebhookDelivery(DSLContext dsl, WebhookStore store, Sequencer sequencer, SecretBox secrets, DeliveryMetrics metrics,
			ObjectProvider<Clock> clock, EventsProperties properties) {
		this.dsl = dsl;
		this.store = store;
		this.sequencer = sequencer;
		this.secrets = secrets;
		this.metrics = metrics;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.settings = properties.webhooks();
		this.sender = new WebhookSender(this.settings.connectTimeout(), this.settings.requestTimeout(),
				new WebhookUrls(this.settings.allowLocalHttp()), this.clock);
		Duration exchange = this.settings.connectTimeout().plus(this.settings.requestTimeout());
		this.leaseNeeded = exchange.plus(exchange.dividedBy(2));
		this.backoff = new Backoff(this.settings.retryBase(), this.settings.retryCap(),
				(bound) -> ThreadLocalRandom.current().nextLong(bound));
	}

	/**
	 * How long a lease lasts.
	 */
	Duration lease() {
		return this.settings.lease();
	}

	/**
	 * Delivers what is due while the lease lasts; the caller releases the lease after. An
	 * unexpected exception counts as a failed attempt, so that the endpoint waits before
	 * the next one like after any other failure.
	 * @throws InterruptedException when the node is shutting down
	 */
	void deliver(UUID endpointId, UUID token) throws InterruptedException {
		try {
			deliverBatches(endpointId, token);
		}
		catch (RuntimeException ex) {
			failedUnexpectedly(endpointId, token, ex);
		}
	}

	/**
	 * Sends the queued redeliveries first, a batch per round until none are left, then
	 * the events after the cursor, for at most {@value #MAX_BATCHES} rounds.
	 */
	private void deliverBatches(UUID endpointId, UUID token) throws InterruptedException {
		boolean redeliveries = true;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Record endpoint = this.store.leased(endpointId, token, this.clock.instant()).orElse(null);
			if (endpoint == null) {
				return;
			}
			MDC.put("organisationId", endpoint.get(WebhookStore.ORGANISATION_ID).toString());

			Step step = redeliveries ? redeliver(endpoint, token) : Step.NOTHING;
			if (step == Step.STOP) {
				return;
			}
			redeliveries = (step == Step.CONTINUE);
			if (!redeliveries && !deliverNext(endpoint, token)) {
				return;
			}
		}
	}

	/**
	 * Sends the next batch after the cursor, or, when the instance has no event there,
	 * moves the cursor past the other instances' events.
	 * @return whether to go on with the next batch
	 */
	private boolean deliverNext(Record endpoint, UUID token) throws InterruptedException {
		// read first: every event up to this position is committed and has its position
		long sequenced = this.sequencer.lastPosition();
		List<Record> events = EventFeed
			.select(this.dsl, endpoint.get(WebhookStore.ORGANISATION_ID), endpoint.get(WebhookStore.INSTANCE_ID),
					endpoint.get(WebhookStore.DELIVERED_POSITION), this.settings.batchSize())
			.fetch();
		if (events.isEmpty()) {
			// any events up to there are other instances':
			// the next read starts after them
			this.store.skipTo(endpoint.get(WebhookStore.ID), token, sequenced);
			return false;
		}
		return send(endpoint, token, events);
	}

	/**
	 * Sends one batch after the cursor.
	 * @return whether to go on with the next batch
	 */
	private boolean send(Record endpoint, UUID token, List<Record> events) throws InterruptedException {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		WebhookSender.Outcome outcome = post(endpoint, token, events);
		if (outcome == null) {
			return false;
		}
		Instant now = this.clock.instant();
		if (!outcome.accepted()) {
			this.metrics.deliveryFailed();
			return failed(endpoint, token, events, outcome, now);
		}

		long last = events.get(events.size() - 1).get(Outbox.POSITION);
		if (!this.store.advance(endpointId, token, last, now, now.plus(this.settings.lease()))) {
			logger.info("Lost the lease of webhook endpoint {} while delivering; another node goes on", endpointId);
			return false;
		}
		this.metrics.delivered(events.size());
		events.forEach((event) -> this.metrics.lag(Duration.between(event.get(Outbox.OCCURRED_AT).toInstant(), now)));
		logger.debug("Delivered {} events to webhook endpoint {}", events.size(), endpointId);
		return true;
	}

	/**
	 * Records a failed request, and moves events that waited longer than the retry window
	 * to the dead letters once the endpoint has been failing that long.
	 * @return whether the whole batch went to the dead letters (then the next batch is
	 * tried at once)
	 */
	private boolean failed(Record endpoint, UUID token, List<Record> events, WebhookSender.Outcome outcome,
			Instant now) {
		WebhookStore.Failure failure = failure(endpoint, now, outcome.description());
		logFailure(endpoint, failure);

		List<Record> expired = expired(events, failure, now);
		if (!expired.isEmpty()) {
			if (!deadLetter(endpoint, token, expired, failure, now)) {
				return false;
			}
			if (expired.size() == events.size()) {
				return true;
			}
		}
		this.store.recordFailure(endpoint.get(WebhookStore.ID), token, failure);
		return false;
	}

	/**
	 * Logs the first failure of a run at info level, the ones after it at debug level.
	 */
	private static void logFailure(Record endpoint, WebhookStore.Failure failure) {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		if (endpoint.get(WebhookStore.FIRST_FAILURE_AT) == null) {
			logger.info("Webhook endpoint {} did not accept a delivery: {}", endpointId, failure.error());
		}
		else {
			logger.debug("Webhook endpoint {} failed again ({} attempts): {}", endpointId, failure.attempts(),
					failure.error());
		}
	}

	/**
	 * The leading events of a batch that are older than the retry window, once the
	 * endpoint has been failing for the whole window; none before.
	 */
	private List<Record> expired(List<Record> events, WebhookStore.Failure failure, Instant now) {
		Duration window = this.settings.retryWindow();
		if (failure.firstFailureAt().plus(window).isAfter(now)) {
			return List.of();
		}
		return olderThan(events, now.minus(window));
	}

	/**
	 * Moves events to the dead letters and the cursor past them.
	 * @return whether the lease was still held
	 */
	private boolean deadLetter(Record endpoint, UUID token, List<Record> expired, WebhookStore.Failure failure,
			Instant now) {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		if (!this.store.deadLetter(endpointId, token, endpoint.get(WebhookStore.ORGANISATION_ID), expired, failure,
				now.plus(this.settings.lease()))) {
			return false;
		}
		this.metrics.deadLettered(expired.size());
		logger.warn("Moved {} events to the dead letters of webhook endpoint {} after the retry window", expired.size(),
				endpointId);
		return true;
	}

	/**
	 * Sends one batch of the dead letters queued for redelivery.
	 * @return {@link Step#NOTHING} when none were queued, {@link Step#STOP} when the
	 * lease was lost
	 */
	private Step redeliver(Record endpoint, UUID token) throws InterruptedException {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		Map<Long, UUID> queued = this.store.queued(endpointId, this.settings.batchSize());
		if (queued.isEmpty()) {
			return Step.NOTHING;
		}

		List<Record> events = storedEvents(endpoint, queued.keySet());
		List<UUID> found = new ArrayList<>();
		events.forEach((event) -> found.add(queued.get(event.get(Outbox.POSITION))));
		failMissing(endpointId, token, queued.values(), found);
		if (events.isEmpty()) {
			return Step.CONTINUE;
		}

		WebhookSender.Outcome outcome = post(endpoint, token, events);
		if (outcome == null) {
			return Step.STOP;
		}
		recordRedelivery(endpointId, token, found, outcome);
		return Step.CONTINUE;
	}

	/**
	 * The endpoint's organisation's events at the given positions, in feed order.
	 */
	private List<Record> storedEvents(Record endpoint, Collection<Long> positions) {
		return this.dsl.select(EventEnvelope.FIELDS)
			.from(Outbox.CHANGE_EVENT)
			.where(Outbox.POSITION.in(positions))
			.and(Outbox.ORGANISATION_ID.eq(endpoint.get(WebhookStore.ORGANISATION_ID)))
			.orderBy(Outbox.POSITION)
			.fetch();
	}

	/**
	 * Puts the queued dead letters whose event is no longer stored back on the list, as
	 * failed.
	 */
	private void failMissing(UUID endpointId, UUID token, Collection<UUID> queued, List<UUID> found) {
		List<UUID> missing = new ArrayList<>(queued);
		missing.removeAll(found);
		if (!missing.isEmpty()) {
			this.store.redeliveryFailed(endpointId, token, missing, "The event is no longer stored");
		}
	}

	private void recordRedelivery(UUID endpointId, UUID token, List<UUID> sent, WebhookSender.Outcome outcome) {
		if (outcome.accepted()) {
			this.store.redelivered(endpointId, token, sent, this.clock.instant());
			this.metrics.redelivered(sent.size());
			logger.info("Redelivered {} dead letters to webhook endpoint {}", sent.size(), endpointId);
		}
		else {
			this.store.redeliveryFailed(endpointId, token, sent, outcome.description());
			this.metrics.redeliveryFailed();
			logger.info("Webhook endpoint {} did not accept a redelivery: {}", endpointId, outcome.description());
		}
	}

	/**
	 * Posts events to the endpoint, right after extending the lease: only while this node
	 * still holds it with time left for a whole exchange and a margin, so that no other
	 * node can take the endpoint over while the request is on its way. An exception while
	 * preparing or sending the request is a failed attempt too.
	 * @return what became of the request, or {@code null} when the lease is lost or
	 * nearly over (nothing was sent)
	 */
	private WebhookSender.@Nullable Outcome post(Record endpoint, UUID token, List<Record> events)
			throws InterruptedException {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		try {
			List<ObjectNode> envelopes = events.stream().map(EventEnvelope::of).toList();
			byte[] body = EventEnvelope.body(envelopes);
			List<String> signingSecrets = signingSecrets(endpoint, this.clock.instant());
			Instant now = this.clock.instant();
			if (!this.store.renew(endpointId, token, now.plus(this.leaseNeeded), now.plus(this.settings.lease()))) {
				logger.info("The lease of webhook endpoint {} ended or nearly did; nothing sent", endpointId);
				return null;
			}
			return this.sender.send(endpoint.get(WebhookStore.URL), signingSecrets, body);
		}
		catch (RuntimeException ex) {
			logUnexpected(endpoint, ex);
			return WebhookSender.Outcome.failed(null, INTERNAL_ERROR);
		}
	}

	/**
	 * Records an exception outside a request (the database, most likely) as a failed
	 * attempt, so that the endpoint waits before it is tried again.
	 */
	private void failedUnexpectedly(UUID endpointId, UUID token, RuntimeException ex) {
		try {
			Instant now = this.clock.instant();
			Record endpoint = this.store.leased(endpointId, token, now).orElse(null);
			if (endpoint == null) {
				logger.warn("Delivery to webhook endpoint {} failed unexpectedly after the lease ended", endpointId,
						ex);
				return;
			}
			logUnexpected(endpoint, ex);
			this.store.recordFailure(endpointId, token, failure(endpoint, now, INTERNAL_ERROR));
		}
		catch (RuntimeException recording) {
			ex.addSuppressed(recording);
			logger.warn("Delivery to webhook endpoint {} failed unexpectedly and the failure could not be recorded",
					endpointId, ex);
		}
	}

	/**
	 * Logs an unexpected exception once per run of failures (then at debug level); the
	 * exceptions of this package name no secret.
	 */
	private static void logUnexpected(Record endpoint, RuntimeException ex) {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		if (endpoint.get(WebhookStore.FIRST_FAILURE_AT) == null) {
			logger.warn("Delivery to webhook endpoint {} failed unexpectedly; it is retried like a failed request",
					endpointId, ex);
		}
		else {
			logger.debug("Delivery to webhook endpoint {} failed unexpectedly again", endpointId, ex);
		}
	}

	/**
	 * The state after one more failed attempt, with the wait before the next one.
	 */
	private WebhookStore.Failure failure(Record endpoint, Instant now, String error) {
		int attempts = endpoint.get(WebhookStore.ATTEMPTS) + 1;
		Instant firstFailureAt = endpoint.get(WebhookStore.FIRST_FAILURE_AT);
		return new WebhookStore.Failure(now, attempts, (firstFailureAt != null) ? firstFailureAt : now,
				now.plus(this.backoff.after(attempts)), error);
	}

	private List<String> signingSecrets(Record endpoint, Instant now) {
		UUID endpointId = endpoint.get(WebhookStore.ID);
		List<String> secrets = new ArrayList<>(2);
		secrets.add(this.secrets.open(endpointId, endpoint.get(WebhookStore.SECRET)));
		String previous = endpoint.get(WebhookStore.PREVIOUS_SECRET);
		@Nullable Instant until = endpoint.get(WebhookStore.PREVIOUS_SECRET_UNTIL);
		if (previous != null && until != null && until.isAfter(now)) {
			secrets.add(this.secrets.open(endpointId, previous));
		}
		return secrets;
	}

	/**
	 * What to do after the redeliveries of one batch.
	 */
	private enum Step {

		/** No redelivery was queued: go on with the events after the cursor. */
		NOTHING,

		/** A batch of redeliveries was handled: look for more. */
		CONTINUE,

		/** The lease is lost: stop. */
		STOP

	}

	private static List<Record> olderThan(List<Record> events, Instant cutoff) {
		List<Record> older = new ArrayList<>();
		for (Record event : events) {
			if (event.get(Outbox.OCCURRED_AT).toInstant().isAfter(cutoff)) {
				break;
			}
			older.add(event);
		}
		return older;
	}

}
