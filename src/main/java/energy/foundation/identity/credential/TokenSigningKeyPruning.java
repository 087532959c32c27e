package energy.foundation.identity.credential;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the retired token signing keys that no longer verify, two minutes after
 * start-up and then every hour. Until then they are only left out when the keys are read.
 * Every node deletes; deleting what another node already deleted changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TokenSigningKeyPruning {

	private static final Logger logger = LoggerFactory.getLogger(TokenSigningKeyPruning.class);

	private final TokenSigningKeys keys;

	private final Clock clock;

	TokenSigningKeyPruning(TokenSigningKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
	void prune() {
		try {
			int deleted = this.keys.deleteExpired(this.clock.instant());
			if (deleted > 0) {
				logger.info("Deleted {} retired token signing keys", deleted);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete retired token signing keys; trying again in an hour", ex);
		}
	}

}
