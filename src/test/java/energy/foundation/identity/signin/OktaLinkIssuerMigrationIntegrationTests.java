package energy.foundation.identity.signin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import energy.foundation.identity.support.ScratchDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Okta links stored before the issuer lost its trailing slash in the link key: after the
 * migration each is found under the issuer as the sign-in check compares it. Each run
 * migrates a database of its own to V12, stores links, and migrates on.
 */
class OktaLinkIssuerMigrationIntegrationTests {

	private static final String ISSUER = "https://contoso.okta.com/oauth2/default";

	private final UUID organisation = UUID.randomUUID();

	private final UUID instance = UUID.randomUUID();

	@ParameterizedTest
	@MethodSource(ScratchDatabase.EACH)
	void migrateWhenOktaIssuerEndsWithSlashThenSlashDropped(Supplier<ScratchDatabase> databases) throws SQLException {
		try (ScratchDatabase database = databases.get()) {
			database.flyway().target("12").load().migrate();
			try (Connection connection = database.connect()) {
				insertInstance(connection);
				insertLink(connection, "okta", ISSUER + "/", "00u1slash");
				insertLink(connection, "okta", ISSUER, "00u2plain");
				insertLink(connection, "okta", ISSUER + "/", "00u3twin");
				insertLink(connection, "okta", ISSUER, "00u3twin");
				insertLink(connection, "entra", "https://entra.example/", "00u4entra");
			}

			database.flyway().load().migrate();

			try (Connection connection = database.connect()) {
				assertThat(links(connection)).containsExactlyInAnyOrder("okta " + ISSUER + " 00u1slash",
						"okta " + ISSUER + " 00u2plain", "okta " + ISSUER + " 00u3twin",
						"entra https://entra.example/ 00u4entra");
			}
		}
	}

	private void insertInstance(Connection connection) throws SQLException {
		try (PreparedStatement organisation = connection.prepareStatement("insert into organisation"
				+ " (id, name, entra_tenant_id, status, created_at) values (?, 'Contoso', ?, 'active',"
				+ " current_timestamp)");
				PreparedStatement instance = connection.prepareStatement("insert into instance"
						+ " (id, organisation_id, name, status, created_at) values (?, ?, 'Production', 'active',"
						+ " current_timestamp)")) {
			organisation.setObject(1, this.organisation);
			organisation.setObject(2, UUID.randomUUID());
			organisation.executeUpdate();
			instance.setObject(1, this.instance);
			instance.setObject(2, this.organisation);
			instance.executeUpdate();
		}
	}

	private void insertLink(Connection connection, String provider, String issuer, String subject) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into identity_link (organisation_id,"
				+ " instance_id, provider, issuer, subject, user_id, linked_at) values (?, ?, ?, ?, ?, ?,"
				+ " current_timestamp)")) {
			insert.setObject(1, this.organisation);
			insert.setObject(2, this.instance);
			insert.setString(3, provider);
			insert.setString(4, issuer);
			insert.setString(5, subject);
			insert.setObject(6, UUID.randomUUID());
			insert.executeUpdate();
		}
	}

	private static List<String> links(Connection connection) throws SQLException {
		List<String> links = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("select provider, issuer, subject from identity_link");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				links.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
			}
		}
		return links;
	}

}
