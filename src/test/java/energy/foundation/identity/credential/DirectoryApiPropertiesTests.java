package energy.foundation.identity.credential;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The access token lifetime of the directory API and how people read it.
 */
class DirectoryApiPropertiesTests {

	@Test
	void accessTokenLifetimeWhenWholeMinutesThenMinutes() {
		assertThat(lifetime(Duration.ofMinutes(10))).isEqualTo("10 minutes");
		assertThat(lifetime(Duration.ofMinutes(1))).isEqualTo("1 minute");
	}

	@Test
	void accessTokenLifetimeWhenAnHourThenHour() {
		assertThat(lifetime(Duration.ofHours(1))).isEqualTo("1 hour");
	}

	@Test
	void accessTokenLifetimeWhenSecondsLeftOverThenSeconds() {
		assertThat(lifetime(Duration.ofSeconds(90))).isEqualTo("90 seconds");
	}

	@Test
	void constructWhenLongerThanAnHourThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DirectoryApiProperties(Duration.ofMinutes(61)));
	}

	private static String lifetime(Duration timeToLive) {
		return new DirectoryApiProperties(timeToLive).accessTokenLifetime();
	}

}
