package energy.foundation.identity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's Spring context at a database of its own: a fresh schema on the
 * PostgreSQL server of the development and CI machines, or a fresh embedded H2 file
 * database under {@code target/}.
 */
public final class TestDatabases {

	/**
	 * The operator token every test context accepts.
	 */
	public static final String OPERATOR_TOKEN = "test-operator-token-0123456789abcdefghijklmnop";

	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private TestDatabases() {
	}

	/**
	 * A new, unique schema name.
	 */
	public static String newSchema() {
		return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
	}

	/**
	 * A new, empty data directory under {@code target/}.
	 */
	public static Path newDataDir() {
		return Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
	}

	/**
	 * Uses the schema on PostgreSQL; Flyway creates it.
	 */
	public static void postgres(DynamicPropertyRegistry registry, String schema) {
		registry.add("spring.datasource.url", () -> POSTGRES_URL + "?currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> schema);
		// Cached test contexts each keep a pool open; small pools keep the suite under
		// the
		// server's connection limit.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		common(registry, newDataDir());
	}

	/**
	 * Uses the embedded default: H2 in file mode in a new data directory.
	 */
	public static void h2(DynamicPropertyRegistry registry) {
		common(registry, newDataDir());
	}

	/**
	 * Drops a schema made for a test.
	 */
	public static void dropPostgresSchema(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

	private static void common(DynamicPropertyRegistry registry, Path dataDir) {
		registry.add("foundation.data-dir", dataDir::toString);
		registry.add("foundation.bootstrap-operator-token", () -> OPERATOR_TOKEN);
	}

}
