package energy.foundation.identity.events;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The meters of event sequencing and webhook delivery:
 * <ul>
 * <li>{@code events.sequenced}: events given a feed position;</li>
 * <li>{@code webhook.requests} by {@code outcome} ({@code success}, {@code failure}) and
 * {@code kind} ({@code delivery}, {@code redelivery}): requests sent;</li>
 * <li>{@code webhook.events} by {@code outcome} ({@code delivered},
 * {@code dead_lettered}, {@code redelivered}): events;</li>
 * <li>{@code webhook.delivery.lag}: from an event's change to the receiver's acceptance,
 * with a histogram for percentiles.</li>
 * </ul>
 * No tag names an organisation, instance or endpoint, so the series stay few.
 */
@Component
final class DeliveryMetrics {

	private final Counter sequenced;

	private final Counter deliveryRequestsSucceeded;

	private final Counter deliveryRequestsFailed;

	private final Counter redeliveryRequestsSucceeded;

	private final Counter redeliveryRequestsFailed;

	private final Counter delivered;

	private final Counter deadLettered;

	private final Counter redelivered;

	private final Timer lag;

	DeliveryMetrics(MeterRegistry registry) {
		this.sequenced = Counter.builder("events.sequenced")
			.description("Change events given a feed position")
			.register(registry);
		this.deliveryRequestsSucceeded = requests(registry, "success", "delivery");
		this.deliveryRequestsFailed = requests(registry, "failure", "delivery");
		this.redeliveryRequestsSucceeded = requests(registry, "success", "redelivery");
		this.redeliveryRequestsFailed = requests(registry, "failure", "redelivery");
		this.delivered = events(registry, "delivered");
		this.deadLettered = events(registry, "dead_lettered");
		this.redelivered = events(registry, "redelivered");
		this.lag = Timer.builder("webhook.delivery.lag")
			.description("Time from a change to the webhook receiver accepting its event")
			.publishPercentileHistogram()
			.register(registry);
	}

	void sequenced(int count) {
		this.sequenced.increment(count);
	}

	void delivered(int count) {
		this.deliveryRequestsSucceeded.increment();
		this.delivered.increment(count);
	}

	void deliveryFailed() {
		this.deliveryRequestsFailed.increment();
	}

	void deadLettered(int count) {
		this.deadLettered.increment(count);
	}

	void redelivered(int count) {
		this.redeliveryRequestsSucceeded.increment();
		this.redelivered.increment(count);
	}

	void redeliveryFailed() {
		this.redeliveryRequestsFailed.increment();
	}

	void lag(Duration lag) {
		this.lag.record(lag.isNegative() ? Duration.ZERO : lag);
	}

	private static Counter requests(MeterRegistry registry, String outcome, String kind) {
		return Counter.builder("webhook.requests")
			.description("Webhook requests sent")
			.tag("outcome", outcome)
			.tag("kind", kind)
			.register(registry);
	}

	private static Counter events(MeterRegistry registry, String outcome) {
		return Counter.builder("webhook.events")
			.description("Change events by what became of their webhook delivery")
			.tag("outcome", outcome)
			.register(registry);
	}

}
