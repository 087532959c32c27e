package energy.foundation.identity.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Named;

/**
 * An empty database of a test's own, for migrating step by step: an in-memory H2 database
 * with the settings of the embedded default, or a schema in the local PostgreSQL
 * {@code test} database (or the server named by {@code TEST_POSTGRES_URL}). Closing it
 * removes it.
 */
public abstract sealed class ScratchDatabase implements AutoCloseable {

	/**
	 * The method source that gives {@link #each()}.
	 */
	public static final String EACH = "energy.foundation.identity.support.ScratchDatabase#each";

	private ScratchDatabase() {
	}

	/**
	 * One new database of each kind, for {@code @MethodSource} of a parameterized test:
	 * {@value #EACH}.
	 */
	public static Stream<Named<Supplier<ScratchDatabase>>> each() {
		return Stream.of(Named.of("H2", ScratchDatabase::h2), Named.of("PostgreSQL", ScratchDatabase::postgres));
	}

	/**
	 * A new in-memory H2 database.
	 */
	public static ScratchDatabase h2() {
		return new H2();
	}

	/**
	 * A new schema in the PostgreSQL test database.
	 */
	public static ScratchDatabase postgres() {
		return new Postgres();
	}

	/**
	 * Flyway with the service's migrations on this database; choose a target and migrate.
	 */
	public abstract FluentConfiguration flyway();

	/**
	 * A new connection to this database.
	 */
	public abstract Connection connect() throws SQLException;

	@Override
	public abstract void close() throws SQLException;

	private static final class H2 extends ScratchDatabase {

		private final String url = "jdbc:h2:mem:scratch-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

		@Override
		public FluentConfiguration flyway() {
			return Flyway.configure().dataSource(this.url, "sa", "");
		}

		@Override
		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, "sa", "");
		}

		@Override
		public void close() throws SQLException {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("shutdown");
			}
		}

	}

	private static final class Postgres extends ScratchDatabase {

		private static final String URL = System.getenv()
			.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

		private static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");

		private static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

		private final String schema = "fi_scratch_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

		@Override
		public FluentConfiguration flyway() {
			return Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(this.schema);
		}

		@Override
		public Connection connect() throws SQLException {
			return DriverManager.getConnection(URL + "?currentSchema=" + this.schema, USER, PASSWORD);
		}

		@Override
		public void close() throws SQLException {
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + this.schema + " cascade");
			}
		}

	}

}
