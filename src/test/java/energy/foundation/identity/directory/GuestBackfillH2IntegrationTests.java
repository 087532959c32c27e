package energy.foundation.identity.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The guest backfill on H2, in a private in-memory database with the settings of the
 * embedded default.
 */
class GuestBackfillH2IntegrationTests extends GuestBackfillIntegrationTests {

	private final String url = "jdbc:h2:mem:backfill-" + UUID.randomUUID()
			+ ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Override
	FluentConfiguration flyway() {
		return Flyway.configure().dataSource(this.url, "sa", "");
	}

	@Override
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "sa", "");
	}

	@Override
	void drop() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

}
