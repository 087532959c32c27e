package energy.foundation.identity.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import energy.foundation.identity.support.ScratchDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that adds {@code scim_user.guest} marks the guests stored before it. Each
 * run migrates a database of its own to V1, stores users as V1 knew them, and migrates to
 * V2, on H2 and on PostgreSQL.
 */
class GuestBackfillIntegrationTests {

	private final UUID organisation = UUID.randomUUID();

	private final UUID otherOrganisation = UUID.randomUUID();

	@ParameterizedTest
	@MethodSource(ScratchDatabase.EACH)
	void migrateWhenGuestsStoredBeforeThenMarked(Supplier<ScratchDatabase> databases) throws SQLException {
		try (ScratchDatabase database = databases.get()) {
			database.flyway().target("1").load().migrate();
			Map<String, UUID> users = new HashMap<>();
			try (Connection connection = database.connect()) {
				insertOrganisation(connection, this.organisation);
				insertOrganisation(connection, this.otherOrganisation);
				users.put("externalId",
						insertUser(connection, this.organisation, "sam@fabrikam.com", "sam_fabrikam.com#EXT#"));
				users.put("userName",
						insertUser(connection, this.organisation, "kim_tailspin.example#ext#@contoso.com", null));
				users.put("userType", insertUser(connection, this.organisation, "lee@northwind.example", "lee"));
				insertUserType(connection, this.organisation, users.get("userType"), "Guest");
				users.put("member", insertUser(connection, this.organisation, "avery@contoso.com", "avery"));
				users.put("otherMember", insertUser(connection, this.otherOrganisation, "lee@contoso.com", "lee"));
				insertUserType(connection, this.otherOrganisation, users.get("otherMember"), "Member");
			}

			database.flyway().target("2").load().migrate();

			try (Connection connection = database.connect()) {
				assertThat(guest(connection, users.get("externalId"))).isTrue();
				assertThat(guest(connection, users.get("userName"))).isTrue();
				assertThat(guest(connection, users.get("userType"))).isTrue();
				assertThat(guest(connection, users.get("member"))).isFalse();
				assertThat(guest(connection, users.get("otherMember"))).isFalse();
			}
		}
	}

	private static void insertOrganisation(Connection connection, UUID id) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into organisation"
				+ " (id, name, entra_tenant_id, status, created_at) values (?, 'Organisation', ?, 'active',"
				+ " current_timestamp)")) {
			insert.setObject(1, id);
			insert.setObject(2, UUID.randomUUID());
			insert.executeUpdate();
		}
	}

	private static UUID insertUser(Connection connection, UUID organisationId, String userName,
			@Nullable String externalId) throws SQLException {
		UUID id = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("insert into scim_user (organisation_id, id,"
				+ " user_name, user_name_key, external_id, active, document, version, created_at, last_modified_at)"
				+ " values (?, ?, ?, ?, ?, true, '{}', 1, current_timestamp, current_timestamp)")) {
			insert.setObject(1, organisationId);
			insert.setObject(2, id);
			insert.setString(3, userName);
			insert.setString(4, userName.toLowerCase());
			insert.setString(5, externalId);
			insert.executeUpdate();
		}
		return id;
	}

	private static void insertUserType(Connection connection, UUID organisationId, UUID userId, String userType)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into resource_attribute"
				+ " (organisation_id, resource_id, resource_type, path, element, value_string, value_lower,"
				+ " value_prefix) values (?, ?, 'User', 'usertype', 0, ?, ?, ?)")) {
			insert.setObject(1, organisationId);
			insert.setObject(2, userId);
			insert.setString(3, userType);
			insert.setString(4, userType.toLowerCase());
			insert.setString(5, userType.toLowerCase());
			insert.executeUpdate();
		}
	}

	private static boolean guest(Connection connection, UUID userId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("select guest from scim_user where id = ?")) {
			select.setObject(1, userId);
			try (ResultSet result = select.executeQuery()) {
				assertThat(result.next()).isTrue();
				return result.getBoolean(1);
			}
		}
	}

}
