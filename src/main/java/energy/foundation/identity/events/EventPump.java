package energy.foundation.identity.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Moves change events along on this node: gives committed events their feed position and
 * hands endpoints with events to deliver to delivery threads. It runs every poll interval
 * and at once when nudged, which {@link Outbox} does after every transaction that
 * recorded events commits. Every node runs one; the sequencer lock and the endpoint
 * leases in the database keep them from doing the same work twice.
 */
@Component
final class EventPump implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(EventPump.class);

	private static final Duration SECRET_SWEEP_INTERVAL = Duration.ofMinutes(1);

	private static final int MAX_OWNER_LENGTH = 100;

	private final Sequencer sequencer;

	private final WebhookStore store;

	private final WebhookDelivery delivery;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private final Duration pollInterval;

	private final int threads;

	private final Duration shutdownWait;

	private final String node;

	private final AtomicBoolean tickQueued = new AtomicBoolean();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicLong nudges = new AtomicLong();

	private volatile @Nullable ScheduledExecutorService ticks;

	private volatile @Nullable ExecutorService deliveries;

	private @Nullable Instant lastSecretSweep;

	private @Nullable ScheduledFuture<?> polling;

	EventPump(Sequencer sequencer, WebhookStore store, WebhookDelivery delivery, DeliveryMetrics metrics,
			ObjectProvider<Clock> clock, EventsProperties properties) {
		this.sequencer = sequencer;
		this.store = store;
		this.delivery = delivery;
		this.metrics = metrics;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.pollInterval = properties.pollInterval();
		this.threads = properties.webhooks().deliveryThreads();
		this.shutdownWait = properties.webhooks().connectTimeout().plus(properties.webhooks().requestTimeout());
		this.node = nodeName();
	}

	/**
	 * Asks for a run as soon as possible; nudges while one is waiting to start add
	 * nothing.
	 */
	void nudge() {
		this.nudges.incrementAndGet();
		ScheduledExecutorService executor = this.ticks;
		if (executor != null && this.tickQueued.compareAndSet(false, true)) {
			try {
				executor.execute(this::tick);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the events are delivered by another node or after the
				// restart
				this.tickQueued.set(false);
			}
		}
	}

	/**
	 * Sequences, then dispatches due endpoints. Runs on the one tick thread only.
	 */
	void tick() {
		this.tickQueued.set(false);
		try {
			int sequenced = this.sequencer.sequence();
			this.metrics.sequenced(sequenced);
			dispatch();
			sweepSecrets();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not sequence or dispatch change events; trying again shortly", ex);
		}
	}

	private void dispatch() {
		ExecutorService executor = this.deliveries;
		int free = this.threads - this.inFlight.get();
		if (executor == null || free <= 0) {
			return;
		}
		Instant now = this.clock.instant();
		List<UUID> due = this.store.due(now, free);
		for (UUID endpointId : due) {
			UUID token = UUID.randomUUID();
			if (this.store.claim(endpointId, this.node, token, now, now.plus(this.delivery.lease()))) {
				this.inFlight.incrementAndGet();
				try {
					executor.execute(() -> deliver(endpointId, token));
				}
				catch (RejectedExecutionException ex) {
					this.inFlight.decrementAndGet();
					this.store.release(endpointId, token);
				}
			}
		}
	}

	private void deliver(UUID endpointId, UUID token) {
		long nudgesBefore = this.nudges.get();
		try {
			this.delivery.deliver(endpointId, token);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("Delivery to webhook endpoint {} failed; another attempt follows", endpointId, ex);
		}
		finally {
			release(endpointId, token);
			this.inFlight.decrementAndGet();
			MDC.clear();
		}
		// events that committed while this thread held the lease were not dispatched
		if (this.nudges.get() != nudgesBefore) {
			nudge();
		}
	}

	private void release(UUID endpointId, UUID token) {
		try {
			this.store.release(endpointId, token);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not release the lease of webhook endpoint {}; it expires by itself", endpointId, ex);
		}
	}

	private void sweepSecrets() {
		Instant now = this.clock.instant();
		if (this.lastSecretSweep != null && this.lastSecretSweep.plus(SECRET_SWEEP_INTERVAL).isAfter(now)) {
			return;
		}
		this.lastSecretSweep = now;
		int dropped = this.store.dropExpiredSecrets(now);
		if (dropped > 0) {
			logger.info("Dropped {} previous webhook signing secrets whose grace period ended", dropped);
		}
	}

	@Override
	public void start() {
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
				new CustomizableThreadFactory("events-pump-"));
		scheduler.setRemoveOnCancelPolicy(true);
		ThreadPoolExecutor pool = new ThreadPoolExecutor(this.threads, this.threads, 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), new CustomizableThreadFactory("events-webhook-"));
		pool.allowCoreThreadTimeOut(true);
		this.deliveries = pool;
		this.ticks = scheduler;
		this.polling = scheduler.scheduleWithFixedDelay(this::tick, 0, this.pollInterval.toMillis(),
				TimeUnit.MILLISECONDS);
		logger.info("Started change event delivery on node {}", this.node);
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.ticks;
		ExecutorService pool = this.deliveries;
		this.ticks = null;
		this.deliveries = null;
		ScheduledFuture<?> schedule = this.polling;
		if (schedule != null) {
			schedule.cancel(false);
		}
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		if (pool != null) {
			pool.shutdown();
			awaitTermination(pool);
		}
		if (scheduler != null) {
			awaitTermination(scheduler);
		}
	}

	private void awaitTermination(ExecutorService executor) {
		try {
			if (!executor.awaitTermination(this.shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
				executor.shutdownNow();
				executor.awaitTermination(this.shutdownWait.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.ticks != null;
	}

	private static String nodeName() {
		String host = System.getenv().getOrDefault("HOSTNAME", "node");
		String name = host + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		return (name.length() > MAX_OWNER_LENGTH) ? name.substring(name.length() - MAX_OWNER_LENGTH) : name;
	}

}
