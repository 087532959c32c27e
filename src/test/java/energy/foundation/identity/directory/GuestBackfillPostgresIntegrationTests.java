package energy.foundation.identity.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The guest backfill on PostgreSQL, in a schema of its own in the local {@code test}
 * database (or the server named by {@code TEST_POSTGRES_URL}).
 */
class GuestBackfillPostgresIntegrationTests extends GuestBackfillIntegrationTests {

	private static final String URL = System.getenv()
		.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

	private final String schema = "fi_backfill_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	@Override
	FluentConfiguration flyway() {
		return Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(this.schema);
	}

	@Override
	Connection connect() throws SQLException {
		return DriverManager.getConnection(URL + "?currentSchema=" + this.schema, USER, PASSWORD);
	}

	@Override
	void drop() throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.schema + " cascade");
		}
	}

}
