package energy.foundation.identity.activity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the provisioning log ({@code foundation.activity.*}).
 *
 * @param provisioningLogRetention how long entries are kept; older ones are pruned daily
 * @param cycleQuietPeriod how long an organisation must have been silent before a Test
 * Connection probe for the probe to start a new provisioning cycle (see
 * {@link ConnectionHealth})
 */
@ConfigurationProperties("foundation.activity")
record ActivityProperties(@DefaultValue("180d") Duration provisioningLogRetention,
		@DefaultValue("20m") Duration cycleQuietPeriod) {

}
