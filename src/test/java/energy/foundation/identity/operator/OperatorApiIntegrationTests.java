package energy.foundation.identity.operator;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator API on PostgreSQL.
 */
class OperatorApiIntegrationTests extends OperatorApiScenarios {

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Test
	void dataSourceWhenConfiguredThenPostgres() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

}
