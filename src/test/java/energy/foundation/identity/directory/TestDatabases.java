package energy.foundation.identity.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases the storage tests run on: a fresh schema of the local PostgreSQL, or a
 * fresh H2 file under {@code target/}.
 */
final class TestDatabases {

	static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private TestDatabases() {
	}

	static String randomSchema() {
		return "directory_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
	}

	static void postgres(DynamicPropertyRegistry registry, String schema) {
		registry.add("spring.datasource.url", () -> POSTGRES_URL + "?currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.flyway.schemas", () -> schema);
	}

	static void h2(DynamicPropertyRegistry registry) {
		String file = "./target/h2/" + randomSchema();
		// waits for row locks as long as PostgreSQL would rather than H2's default of one
		// second
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000");
		registry.add("spring.datasource.username", () -> "sa");
	}

	static void dropPostgresSchema(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

}
