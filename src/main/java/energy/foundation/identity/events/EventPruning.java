package energy.foundation.identity.events;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Prunes change events older than {@code foundation.events.retention} (30 days unless
 * configured) that nobody needs any more (see {@link EventRetention}), five minutes after
 * start-up and then every hour: each run deletes about an hour of events in short
 * transactions, and the feed holds at most an hour more than the retention. Every node
 * prunes; deleting what another node already deleted changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventPruning {

	private static final Logger logger = LoggerFactory.getLogger(EventPruning.class);

	private final EventRetention retention;

	private final Clock clock;

	private final Duration period;

	EventPruning(EventRetention retention, ObjectProvider<Clock> clock, EventsProperties properties) {
		this.retention = retention;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.period = properties.retention();
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void prune() {
		try {
			int deleted = this.retention.prune(this.clock.instant().minus(this.period));
			if (deleted > 0) {
				logger.info("Pruned {} change events older than {}", deleted, this.period);
			}
			else {
				logger.debug("No change events to prune older than {}", this.period);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not prune change events; trying again in an hour", ex);
		}
	}

}
