package energy.foundation.identity.support;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test application context at PostgreSQL (a fresh schema per test run in the
 * local {@code test} database) or at the embedded H2 default (file mode, in a fresh data
 * directory under {@code target/}). The names are fixed for the JVM so that contexts are
 * cached across test classes.
 */
public final class TestDatabases {

	private static final String RUN = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	/**
	 * The PostgreSQL schema of this test run.
	 */
	public static final String POSTGRES_SCHEMA = "fi_test_" + RUN;

	private TestDatabases() {
	}

	/**
	 * PostgreSQL on 127.0.0.1:5432, or the server named by {@code TEST_POSTGRES_URL}.
	 */
	public static void postgres(DynamicPropertyRegistry registry) {
		String server = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		registry.add("spring.datasource.url", () -> server + "?currentSchema=" + POSTGRES_SCHEMA);
		registry.add("spring.datasource.username",
				() -> System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
		registry.add("spring.flyway.schemas", () -> POSTGRES_SCHEMA);
		registry.add("foundation.data-dir", () -> dataDirectory("postgres-" + RUN));
	}

	/**
	 * The embedded default: H2 in file mode under a fresh data directory.
	 */
	public static void h2(DynamicPropertyRegistry registry) {
		registry.add("foundation.data-dir", () -> dataDirectory("h2-" + RUN));
	}

	// Absolute, because H2 refuses a file URL that is implicitly relative to the working
	// directory.
	private static String dataDirectory(String name) {
		return Path.of("target", "test-data", name).toAbsolutePath().toString();
	}

}
