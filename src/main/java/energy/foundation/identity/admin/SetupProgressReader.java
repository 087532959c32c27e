package energy.foundation.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.activity.ConnectionHealth;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.directory.DirectoryStatistics;
import energy.foundation.identity.directory.UserSearch;

import org.springframework.stereotype.Component;

/**
 * Works out an organisation's {@link SetupProgress} from its credentials, its
 * provisioning log and its directory.
 */
@Component
class SetupProgressReader {

	private final ScimCredentials credentials;

	private final UserSearch directory;

	private final ProvisioningLog log;

	private final Clock clock;

	SetupProgressReader(ScimCredentials credentials, UserSearch directory, ProvisioningLog log, Clock clock) {
		this.credentials = credentials;
		this.directory = directory;
		this.log = log;
		this.clock = clock;
	}

	SetupProgress read(UUID organisationId) {
		return read(organisationId, this.directory.statistics(organisationId), this.log.health(organisationId));
	}

	SetupProgress read(UUID organisationId, DirectoryStatistics statistics, ConnectionHealth health) {
		Instant now = this.clock.instant();
		boolean credentialIssued = this.credentials.list(organisationId)
			.stream()
			.anyMatch((credential) -> usable(credential, now));
		return new SetupProgress(credentialIssued, health.lastRequestAt() != null,
				health.lastTestConnectionAt() != null, statistics.users() > 0, statistics.groups() > 0,
				statistics.guests() > 0, health.currentCycleStartedAt() != null);
	}

	private static boolean usable(ScimCredential credential, Instant now) {
		return !credential.revoked() && !credential.expiredAt(now);
	}

}
