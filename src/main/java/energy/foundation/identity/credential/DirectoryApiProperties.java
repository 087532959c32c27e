package energy.foundation.identity.credential;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory API's access tokens.
 *
 * @param accessTokenTimeToLive how long an access token works after it is issued
 * ({@code foundation.directory-api.access-token-time-to-live}); between 1 minute and 1
 * hour
 */
@ConfigurationProperties("foundation.directory-api")
public record DirectoryApiProperties(@DefaultValue("10m") Duration accessTokenTimeToLive) {

	private static final Duration SHORTEST = Duration.ofMinutes(1);

	private static final Duration LONGEST = Duration.ofHours(1);

	public DirectoryApiProperties {
		if (accessTokenTimeToLive.compareTo(SHORTEST) < 0 || accessTokenTimeToLive.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException(
					"foundation.directory-api.access-token-time-to-live must be between 1 minute and 1 hour");
		}
	}

	/**
	 * How long an access token works, in words for people: {@code 10 minutes},
	 * {@code 1 hour}, {@code 90 seconds}.
	 */
	public String accessTokenLifetime() {
		long seconds = this.accessTokenTimeToLive.toSeconds();
		if (seconds == LONGEST.toSeconds()) {
			return "1 hour";
		}
		if (seconds % 60 != 0) {
			return seconds + " seconds";
		}
		long minutes = seconds / 60;
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
