package energy.foundation.identity.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How an organisation's identity provider is doing, read from its provisioning log.
 * <p>
 * A <em>provisioning cycle</em>: Entra ID provisions in cycles, about every 40 minutes,
 * and begins each with its Test Connection probe. The current cycle started with the
 * latest probe that followed a quiet period (by default 20 minutes,
 * {@code foundation.activity.cycle-quiet-period}) in which the organisation sent no
 * request at all; a probe in the middle of busy traffic (the second probe, on groups,
 * right after the one on users) does not start a cycle. Only the latest 20 probes are
 * looked at; when none of them followed a quiet period, there is no current cycle.
 *
 * @param lastRequestAt when the last request arrived, if any
 * @param requestsLast24Hours requests in the 24 hours before now
 * @param failuresLast24Hours rejected requests among them
 * @param lastTestConnectionAt when the last Test Connection probe arrived, if any
 * @param currentCycleStartedAt when the current cycle started, if there is one
 * @param requestsSinceCycleStart requests since then (0 without a cycle)
 * @param failuresSinceCycleStart rejected requests among them
 */
public record ConnectionHealth(@Nullable Instant lastRequestAt, long requestsLast24Hours, long failuresLast24Hours,
		@Nullable Instant lastTestConnectionAt, @Nullable Instant currentCycleStartedAt, long requestsSinceCycleStart,
		long failuresSinceCycleStart) {

}
