package energy.foundation.identity.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The webhook endpoints of each instance, as tenant administrators manage them: adding an
 * endpoint (its signing secret is returned once and only stored encrypted), rotating the
 * secret (the previous one keeps signing for a grace period, by default a day), switching
 * delivery off and on, deleting, the delivery status, and redelivering dead letters.
 * Every operation names the organisation and the instance; another organisation's or
 * instance's endpoint is reported as absent. The caller makes sure the instance belongs
 * to the organisation.
 * <p>
 * A new endpoint receives the events that happen from about the time it is added; the
 * pull feed has the ones before.
 */
@Service
public final class Webhooks {

	/**
	 * Most endpoints of one instance.
	 */
	public static final int MAX_ENDPOINTS = 10;

	/**
	 * Most dead letters listed.
	 */
	public static final int MAX_DEAD_LETTERS_LISTED = 200;

	private static final Logger logger = LoggerFactory.getLogger(Webhooks.class);

	private static final String SECRET_PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final int HINT_LENGTH = 10;

	private final WebhookStore store;

	private final DSLContext dsl;

	private final SecretBox secrets;

	private final Sequencer sequencer;

	private final ObjectProvider<EventPump> pump;

	private final Clock clock;

	private final WebhookUrls urls;

	private final Duration rotationGrace;

	private final Duration retryWindow;

	private final Duration requestTimeout;

	private final SecureRandom random = new SecureRandom();

	Webhooks(WebhookStore store, DSLContext dsl, SecretBox secrets, Sequencer sequencer, ObjectProvider<EventPump> pump,
			ObjectProvider<Clock> clock, EventsProperties properties) {
		this.store = store;
		this.dsl = dsl;
		this.secrets = secrets;
		this.sequencer = sequencer;
		this.pump = pump;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.urls = new WebhookUrls(properties.webhooks().allowLocalHttp());
		this.rotationGrace = properties.webhooks().secretRotationGrace();
		this.retryWindow = properties.webhooks().retryWindow();
		this.requestTimeout = properties.webhooks().requestTimeout();
	}

	/**
	 * Adds an endpoint with a new signing secret.
	 * @param url where to post events: {@code https}, or {@code http} to
	 * {@code localhost} where the service allows it
	 * @param createdBy who adds it, for the page
	 * @return the new secret, to show once
	 * @throws InvalidWebhookException when the URL cannot be used or the instance has
	 * {@value #MAX_ENDPOINTS} endpoints already
	 */
	public IssuedWebhookSecret add(UUID organisationId, UUID instanceId, String url, @Nullable String createdBy) {
		String checked = this.urls.check(url);
		if (this.store.count(organisationId, instanceId) >= MAX_ENDPOINTS) {
			throw new InvalidWebhookException("An instance can have at most " + MAX_ENDPOINTS
					+ " webhook endpoints. Delete one you no longer use first.");
		}

		UUID id = UUID.randomUUID();
		String secret = newSecret();
		this.store.insert(new WebhookStore.NewEndpoint(id, organisationId, instanceId, checked, now(), createdBy,
				this.secrets.seal(id, secret), hint(secret), this.sequencer.lastPosition()));
		logger.info("Added webhook endpoint {} to instance {}", id, instanceId);
		return new IssuedWebhookSecret(id, secret);
	}

	/**
	 * The instance's endpoints with their delivery status, oldest first.
	 */
	public List<WebhookEndpoint> list(UUID organisationId, UUID instanceId) {
		return this.store.list(organisationId, instanceId).stream().map(this::toEndpoint).toList();
	}

	/**
	 * One endpoint of the instance with its delivery status.
	 */
	public Optional<WebhookEndpoint> find(UUID organisationId, UUID instanceId, UUID endpointId) {
		return this.store.find(organisationId, instanceId, endpointId).map(this::toEndpoint);
	}

	/**
	 * Replaces the signing secret. Requests are signed with both the new and the previous
	 * secret until the grace period ends, then with the new one only; a secret that was
	 * still in its grace period from an earlier rotation stops signing now.
	 * @return the new secret, to show once, or empty when the instance has no such
	 * endpoint
	 */
	public Optional<IssuedWebhookSecret> rotateSecret(UUID organisationId, UUID instanceId, UUID endpointId) {
		String secret = newSecret();
		boolean rotated = this.store.rotate(organisationId, instanceId, endpointId,
				this.secrets.seal(endpointId, secret), hint(secret), now().plus(this.rotationGrace));
		if (!rotated) {
			return Optional.empty();
		}
		logger.info("Rotated the signing secret of webhook endpoint {}", endpointId);
		return Optional.of(new IssuedWebhookSecret(endpointId, secret));
	}

	/**
	 * How long the previous secret keeps signing after a rotation.
	 */
	public Duration rotationGrace() {
		return this.rotationGrace;
	}

	/**
	 * How long an endpoint is retried before the events it failed to take become dead
	 * letters.
	 */
	public Duration retryWindow() {
		return this.retryWindow;
	}

	/**
	 * How long a receiver has to answer a request before the attempt counts as failed.
	 */
	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	/**
	 * Switches delivery to an endpoint off (it keeps its cursor) or on again (it
	 * continues from its cursor, retrying afresh).
	 * @return whether the instance has the endpoint
	 */
	public boolean setActive(UUID organisationId, UUID instanceId, UUID endpointId, boolean active) {
		boolean changed = this.store.setActive(organisationId, instanceId, endpointId, active);
		if (changed) {
			logger.info("Switched delivery to webhook endpoint {} {}", endpointId, active ? "on" : "off");
			if (active) {
				this.pump.ifAvailable(EventPump::nudge);
			}
		}
		return changed;
	}

	/**
	 * Deletes an endpoint and its dead letters.
	 * @return whether the instance had the endpoint
	 */
	public boolean delete(UUID organisationId, UUID instanceId, UUID endpointId) {
		boolean deleted = this.store.delete(organisationId, instanceId, endpointId);
		if (deleted) {
			logger.info("Deleted webhook endpoint {}", endpointId);
		}
		return deleted;
	}

	/**
	 * The dead letters of the instance's endpoints, newest first (at most
	 * {@value #MAX_DEAD_LETTERS_LISTED}).
	 */
	public List<WebhookDeadLetter> deadLetters(UUID organisationId, UUID instanceId) {
		return this.store.deadLetters(organisationId, instanceId, MAX_DEAD_LETTERS_LISTED)
			.stream()
			.map(Webhooks::toDeadLetter)
			.toList();
	}

	/**
	 * Queues a dead letter for redelivery; the delivery worker sends it with the
	 * endpoint's next attempt, which is made due at once. A redelivered event may reach
	 * the receiver after events that came later in the feed.
	 * @param requestedBy who asks, for the page
	 * @return whether the instance has the dead letter and it was not queued already
	 */
	public boolean redeliver(UUID organisationId, UUID instanceId, UUID deadLetterId, @Nullable String requestedBy) {
		boolean queued = this.store.requestRedelivery(organisationId, instanceId, deadLetterId, requestedBy, now());
		if (queued) {
			logger.info("Queued dead letter {} for redelivery", deadLetterId);
			this.pump.ifAvailable(EventPump::nudge);
		}
		return queued;
	}

	/**
	 * One dead letter of the instance's endpoints, also one beyond those
	 * {@link #deadLetters} lists.
	 */
	public Optional<WebhookDeadLetter> findDeadLetter(UUID organisationId, UUID instanceId, UUID deadLetterId) {
		return this.store.deadLetter(organisationId, instanceId, deadLetterId).map(Webhooks::toDeadLetter);
	}

	/**
	 * Queues every dead letter of an endpoint that waits for redelivery (not those queued
	 * or redelivered already), however many there are; the delivery worker sends them a
	 * batch at a time, starting at once.
	 * @param requestedBy who asks, for the page
	 * @return how many were queued, or empty when the instance has no such endpoint
	 */
	public OptionalInt redeliverAll(UUID organisationId, UUID instanceId, UUID endpointId,
			@Nullable String requestedBy) {
		int queued = this.store.requestRedeliveryOfAll(organisationId, instanceId, endpointId, requestedBy, now());
		if (queued < 0) {
			return OptionalInt.empty();
		}
		if (queued > 0) {
			logger.info("Queued {} dead letters of webhook endpoint {} for redelivery", queued, endpointId);
			this.pump.ifAvailable(EventPump::nudge);
		}
		return OptionalInt.of(queued);
	}

	private WebhookEndpoint toEndpoint(Record row) {
		UUID organisationId = row.get(WebhookStore.ORGANISATION_ID);
		UUID instanceId = row.get(WebhookStore.INSTANCE_ID);
		long cursor = row.get(WebhookStore.DELIVERED_POSITION);
		Condition pending = EventFeed.ofInstance(organisationId, instanceId).and(Outbox.POSITION.gt(cursor));
		int pendingEvents = this.dsl.fetchCount(this.dsl.selectOne()
			.from(Outbox.CHANGE_EVENT)
			.where(pending)
			.limit(WebhookEndpoint.PENDING_COUNT_LIMIT));
		Instant oldestPendingAt = (pendingEvents == 0) ? null : oldestOccurredAt(pending);

		return new WebhookEndpoint(row.get(WebhookStore.ID), organisationId, instanceId, row.get(WebhookStore.URL),
				row.get(WebhookStore.ACTIVE), row.get(WebhookStore.CREATED_AT), row.get(WebhookStore.CREATED_BY),
				row.get(WebhookStore.SECRET_HINT), row.get(WebhookStore.PREVIOUS_SECRET_HINT),
				row.get(WebhookStore.PREVIOUS_SECRET_UNTIL), cursor, row.get(WebhookStore.ATTEMPTS),
				row.get(WebhookStore.FIRST_FAILURE_AT), row.get(WebhookStore.NEXT_ATTEMPT_AT),
				row.get(WebhookStore.LAST_ATTEMPT_AT), row.get(WebhookStore.LAST_SUCCESS_AT),
				row.get(WebhookStore.LAST_ERROR), pendingEvents, oldestPendingAt,
				this.store.countWaiting(row.get(WebhookStore.ID), WebhookEndpoint.PENDING_COUNT_LIMIT));
	}

	/**
	 * When the first of the events meeting the condition, in feed order, happened.
	 */
	private @Nullable Instant oldestOccurredAt(Condition events) {
		OffsetDateTime oldest = this.dsl.select(Outbox.OCCURRED_AT)
			.from(Outbox.CHANGE_EVENT)
			.where(events)
			.orderBy(Outbox.POSITION)
			.limit(1)
			.fetchOne(Outbox.OCCURRED_AT);
		return (oldest != null) ? oldest.toInstant() : null;
	}

	private static WebhookDeadLetter toDeadLetter(Record row) {
		return new WebhookDeadLetter(row.get(WebhookStore.DL_ID), row.get(WebhookStore.DL_ENDPOINT_ID),
				row.get(WebhookStore.DL_POSITION), row.get(WebhookStore.DL_EVENT_ID),
				row.get(WebhookStore.DL_EVENT_TYPE), row.get(WebhookStore.DL_DEAD_AT),
				row.get(WebhookStore.DL_ATTEMPTS), row.get(WebhookStore.DL_LAST_ERROR),
				WebhookDeadLetter.State.ofCode(row.get(WebhookStore.DL_STATE)), row.get(WebhookStore.DL_REQUESTED_AT),
				row.get(WebhookStore.DL_REQUESTED_BY), row.get(WebhookStore.DL_REDELIVERED_AT));
	}

	private String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hint(String secret) {
		return secret.substring(0, HINT_LENGTH);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
