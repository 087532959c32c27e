package energy.foundation.identity.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test application context at PostgreSQL (one fresh schema per test JVM in the
 * local {@code test} database, dropped when the JVM exits) or at the embedded H2 default
 * (file mode, in one fresh data directory per test JVM under {@code target/}). The names
 * are fixed for the JVM so that contexts are cached across test classes; tests keep apart
 * by writing into organisations of their own.
 */
public final class TestDatabases {

	private static final String RUN = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	/**
	 * The PostgreSQL schema of this test run.
	 */
	public static final String POSTGRES_SCHEMA = "fi_test_" + RUN;

	// every cached context keeps a pool open: small pools keep a whole run under the
	// server's connection limit
	private static final int POSTGRES_POOL_SIZE = 5;

	private static final String POSTGRES_URL = System.getenv()
		.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String POSTGRES_USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");

	private static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

	private static final AtomicBoolean dropScheduled = new AtomicBoolean();

	private static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();

	private TestDatabases() {
	}

	/**
	 * PostgreSQL on 127.0.0.1:5432, or the server named by {@code TEST_POSTGRES_URL}
	 * ({@code TEST_POSTGRES_USER}, {@code TEST_POSTGRES_PASSWORD}), in the schema of this
	 * run; Flyway creates it.
	 */
	public static void postgres(DynamicPropertyRegistry registry) {
		postgres(registry, POSTGRES_SCHEMA);
	}

	/**
	 * PostgreSQL as {@link #postgres(DynamicPropertyRegistry)} does, in a schema of this
	 * run of its own, for tests that need tables no other test class writes to.
	 * @param name a short lower-case name for the schema, unique among such callers
	 */
	public static void postgresOfOwn(DynamicPropertyRegistry registry, String name) {
		postgres(registry, POSTGRES_SCHEMA + "_" + name);
	}

	/**
	 * The embedded default in a data directory of its own, for tests that need tables no
	 * other test class writes to.
	 * @param name a short name for the directory, unique among such callers
	 */
	public static void h2OfOwn(DynamicPropertyRegistry registry, String name) {
		registry.add("foundation.data-dir", () -> dataDir("h2-" + RUN + "-" + name));
	}

	/**
	 * Command-line arguments for a test that starts the service itself: PostgreSQL as
	 * {@link #postgresOfOwn} gives it, in a schema of this run of its own.
	 * @param name a short lower-case name for the schema, unique among all callers
	 */
	public static List<String> postgresArguments(String name) {
		List<String> arguments = new ArrayList<>();
		postgresProperties(POSTGRES_SCHEMA + "_" + name)
			.forEach((property, value) -> arguments.add("--" + property + "=" + value));
		return arguments;
	}

	private static void postgres(DynamicPropertyRegistry registry, String schema) {
		postgresProperties(schema).forEach((property, value) -> registry.add(property, () -> value));
	}

	private static Map<String, Object> postgresProperties(String schema) {
		SCHEMAS.add(schema);
		if (dropScheduled.compareAndSet(false, true)) {
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropPostgresSchema));
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema);
		properties.put("spring.datasource.username", POSTGRES_USER);
		properties.put("spring.datasource.password", POSTGRES_PASSWORD);
		properties.put("spring.datasource.hikari.maximum-pool-size", POSTGRES_POOL_SIZE);
		properties.put("spring.datasource.hikari.minimum-idle", 1);
		properties.put("spring.flyway.schemas", schema);
		properties.put("foundation.data-dir", dataDir("postgres-" + schema));
		return properties;
	}

	/**
	 * The embedded default: H2 in file mode in the data directory of this run.
	 */
	public static void h2(DynamicPropertyRegistry registry) {
		registry.add("foundation.data-dir", () -> dataDir("h2-" + RUN));
	}

	/**
	 * A new, empty data directory under {@code target/}, for a test that starts the
	 * service itself.
	 */
	public static Path newDataDir() {
		return Path.of(dataDir(UUID.randomUUID().toString()));
	}

	// absolute, because H2 refuses a file URL that is implicitly relative to the
	// working directory
	private static String dataDir(String name) {
		return Path.of("target", "test-data", name).toAbsolutePath().toString();
	}

	private static void dropPostgresSchema() {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String schema : SCHEMAS) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
		catch (SQLException ex) {
			// the JVM is exiting: a schema left behind only takes space on a test server
			System.err.println("Could not drop test schemas " + SCHEMAS + ": " + ex.getMessage());
		}
	}

}
