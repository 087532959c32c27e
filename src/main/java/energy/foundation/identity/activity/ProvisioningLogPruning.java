package energy.foundation.identity.activity;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes provisioning log entries older than
 * {@code foundation.activity.provisioning-log-retention} (180 days unless configured),
 * two minutes after start-up and then once a day. Every node prunes; deleting what
 * another node already deleted changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProvisioningLogPruning {

	private static final Logger logger = LoggerFactory.getLogger(ProvisioningLogPruning.class);

	private final ProvisioningLog log;

	private final Clock clock;

	private final Duration retention;

	ProvisioningLogPruning(ProvisioningLog log, ObjectProvider<Clock> clock, ActivityProperties properties) {
		this.log = log;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.retention = properties.provisioningLogRetention();
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "P1D")
	void prune() {
		try {
			int deleted = this.log.prune(this.clock.instant().minus(this.retention));
			logger.info("Pruned {} provisioning log entries older than {}", deleted, this.retention);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not prune the provisioning log; trying again tomorrow", ex);
		}
	}

}
