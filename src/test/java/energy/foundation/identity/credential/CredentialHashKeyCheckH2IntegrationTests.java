package energy.foundation.identity.credential;

import java.nio.file.Path;
import java.util.List;

import energy.foundation.identity.support.TestDatabases;

/**
 * {@link CredentialHashKeyCheckSuite} on the embedded H2 default.
 */
class CredentialHashKeyCheckH2IntegrationTests extends CredentialHashKeyCheckSuite {

	private final Path dataDir = TestDatabases.newDataDir();

	@Override
	List<String> database() {
		return List.of("--foundation.data-dir=" + this.dataDir);
	}

}
