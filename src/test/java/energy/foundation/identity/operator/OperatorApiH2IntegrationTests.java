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
 * The operator API on the embedded default, H2 in file mode.
 */
class OperatorApiH2IntegrationTests extends OperatorApiScenarios {

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void dataSourceWhenConfiguredThenH2() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
	}

}
