package energy.foundation.identity.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The part of the application the directory needs: a data source migrated by Flyway, jOOQ
 * and transactions, a clock that advances one second per reading so that creation order
 * is strict, and a listener that remembers the changes it is told of.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DirectoryTestConfiguration.PROFILE)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class })
@Import({ Directory.class, UserSearch.class })
class DirectoryTestConfiguration {

	/**
	 * Keeps this configuration, and its ticking clock, out of the contexts of other
	 * suites, which find it by component scanning.
	 */
	static final String PROFILE = "directory-test";

	@Bean
	RecordingListener recordingListener() {
		return new RecordingListener();
	}

	@Bean
	Clock clock() {
		return new TickingClock();
	}

	/**
	 * A clock one second further on every reading.
	 */
	static final class TickingClock extends Clock {

		private final AtomicLong seconds = new AtomicLong(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond());

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochSecond(this.seconds.incrementAndGet(), 123_456_789);
		}

	}

}
