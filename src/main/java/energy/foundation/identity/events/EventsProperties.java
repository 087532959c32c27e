package energy.foundation.identity.events;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of change event sequencing and webhook delivery ({@code foundation.events.*}).
 *
 * @param pollInterval how often each node looks for unsequenced events and endpoints with
 * events to deliver, besides the nudge after every transaction that recorded events
 * @param sequencerBatch how many events one sequencer transaction gives a position
 * @param retention how long change events are kept for the feed, at least a day; older
 * ones are pruned unless a webhook endpoint still has to deliver them or a dead letter
 * refers to them
 * @param webhooks webhook delivery settings
 */
@ConfigurationProperties("foundation.events")
record EventsProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("500") int sequencerBatch,
		@DefaultValue("30d") Duration retention, @DefaultValue Webhooks webhooks) {

	/**
	 * The shortest retention allowed.
	 */
	static final Duration MIN_RETENTION = Duration.ofDays(1);

	EventsProperties {
		requirePositive(pollInterval, "foundation.events.poll-interval");
		if (sequencerBatch < 1) {
			throw new IllegalArgumentException("foundation.events.sequencer-batch must be at least 1");
		}
		if (retention.compareTo(MIN_RETENTION) < 0) {
			throw new IllegalArgumentException("foundation.events.retention must be at least 1 day");
		}
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

	/**
	 * Webhook delivery settings ({@code foundation.events.webhooks.*}).
	 *
	 * @param allowLocalHttp whether endpoints may use plain {@code http} to
	 * {@code localhost} or {@code 127.0.0.1} (development and tests); every other URL
	 * must use {@code https}
	 * @param batchSize most events in one request
	 * @param connectTimeout how long to wait for a connection to the receiver
	 * @param requestTimeout how long to wait for the receiver's answer
	 * @param lease how long a node may deliver to an endpoint before another node may
	 * take over; longer than a connection and a request together, so that a healthy
	 * receiver is never sent the same events by two nodes at once
	 * @param retryBase the wait after the first failure; it doubles with each further
	 * failure (with random jitter)
	 * @param retryCap the longest wait between two attempts
	 * @param retryWindow how long an endpoint must have failed, and an event waited,
	 * before the event goes to the dead letters
	 * @param secretRotationGrace how long the previous secret still signs after a
	 * rotation
	 * @param deliveryThreads how many endpoints one node delivers to at once
	 * @param secretKey base64 AES key (16, 24 or 32 bytes) that encrypts the stored
	 * signing secrets ({@code FOUNDATION_EVENTS_WEBHOOKS_SECRET_KEY}); generated into the
	 * data directory when unset. Every node that shares a database needs the same key; a
	 * node with another key refuses to start.
	 */
	record Webhooks(@DefaultValue("false") boolean allowLocalHttp, @DefaultValue("100") int batchSize,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration requestTimeout,
			@DefaultValue("60s") Duration lease, @DefaultValue("10s") Duration retryBase,
			@DefaultValue("1h") Duration retryCap, @DefaultValue("24h") Duration retryWindow,
			@DefaultValue("24h") Duration secretRotationGrace, @DefaultValue("4") int deliveryThreads,
			@Nullable String secretKey) {

		Webhooks {
			requirePositive(connectTimeout, "foundation.events.webhooks.connect-timeout");
			requirePositive(requestTimeout, "foundation.events.webhooks.request-timeout");
			requirePositive(retryBase, "foundation.events.webhooks.retry-base");
			requirePositive(retryCap, "foundation.events.webhooks.retry-cap");
			requirePositive(retryWindow, "foundation.events.webhooks.retry-window");
			if (secretRotationGrace.isNegative()) {
				throw new IllegalArgumentException(
						"foundation.events.webhooks.secret-rotation-grace must not be negative");
			}
			if (batchSize < 1 || deliveryThreads < 1) {
				throw new IllegalArgumentException(
						"foundation.events.webhooks.batch-size and delivery-threads must be at least 1");
			}
			if (lease.compareTo(connectTimeout.plus(requestTimeout).multipliedBy(2)) < 0) {
				throw new IllegalArgumentException("foundation.events.webhooks.lease must be at least twice "
						+ "connect-timeout and request-timeout together");
			}
		}

		@Override
		public String toString() {
			return "Webhooks[allowLocalHttp=" + this.allowLocalHttp + ", batchSize=" + this.batchSize + ", lease="
					+ this.lease + ", retryWindow=" + this.retryWindow + ", secretKey="
					+ ((this.secretKey != null) ? "(set)" : "(generated)") + "]";
		}

	}

}
