package energy.foundation.identity.credential;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import energy.foundation.identity.support.TestDatabases;

/**
 * {@link CredentialHashKeyCheckSuite} on PostgreSQL.
 */
class CredentialHashKeyCheckPostgresIntegrationTests extends CredentialHashKeyCheckSuite {

	private final List<String> database = TestDatabases
		.postgresArguments("hashkey_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));

	@Override
	List<String> database() {
		return this.database;
	}

}
