package energy.foundation.identity.directory;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The directory queries on PostgreSQL, in a fresh schema.
 */
class DirectoryQueryPostgresIntegrationTests extends DirectoryQueryIntegrationTests {

	private static final String SCHEMA = TestDatabases.randomSchema();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry, SCHEMA);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		TestDatabases.dropPostgresSchema(SCHEMA);
	}

}
