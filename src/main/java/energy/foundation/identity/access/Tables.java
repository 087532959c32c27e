package energy.foundation.identity.access;

import java.time.Instant;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The tables this package reads and writes, named without quotes so that each database
 * folds them to its own case as Flyway created them. The directory's and the
 * organisation's tables are read here by name, never written.
 */
final class Tables {

	static final Table<?> ROLE = table("role");

	static final Field<UUID> ROLE_ID = uuid("role", "id");

	static final Field<UUID> ROLE_ORGANISATION_ID = uuid("role", "organisation_id");

	static final Field<UUID> ROLE_INSTANCE_ID = uuid("role", "instance_id");

	static final Field<String> ROLE_NAME = string("role", "name");

	static final Field<String> ROLE_DESCRIPTION = string("role", "description");

	static final Field<String> ROLE_ACTIVE_NAME_KEY = string("role", "active_name_key");

	static final Field<String> ROLE_STATUS = string("role", "status");

	static final Field<Instant> ROLE_CREATED_AT = instant("role", "created_at");

	static final Field<Instant> ROLE_RETIRED_AT = instant("role", "retired_at");

	static final Table<?> ASSIGNMENT = table("role_assignment");

	static final Field<UUID> ASSIGNMENT_ORGANISATION_ID = uuid("role_assignment", "organisation_id");

	static final Field<UUID> ASSIGNMENT_INSTANCE_ID = uuid("role_assignment", "instance_id");

	static final Field<UUID> ASSIGNMENT_ROLE_ID = uuid("role_assignment", "role_id");

	static final Field<String> ASSIGNMENT_SUBJECT_TYPE = string("role_assignment", "subject_type");

	static final Field<UUID> ASSIGNMENT_SUBJECT_ID = uuid("role_assignment", "subject_id");

	static final Field<Instant> ASSIGNMENT_CREATED_AT = instant("role_assignment", "created_at");

	static final Field<String> ASSIGNMENT_CREATED_BY = string("role_assignment", "created_by");

	static final Table<?> EFFECTIVE = table("effective_role");

	static final Field<UUID> EFFECTIVE_ORGANISATION_ID = uuid("effective_role", "organisation_id");

	static final Field<UUID> EFFECTIVE_USER_ID = uuid("effective_role", "user_id");

	static final Field<UUID> EFFECTIVE_INSTANCE_ID = uuid("effective_role", "instance_id");

	static final Field<UUID> EFFECTIVE_ROLE_ID = uuid("effective_role", "role_id");

	static final Table<?> MEMBER = table("group_member");

	static final Field<UUID> MEMBER_ORGANISATION_ID = uuid("group_member", "organisation_id");

	static final Field<UUID> MEMBER_GROUP_ID = uuid("group_member", "group_id");

	static final Field<UUID> MEMBER_MEMBER_ID = uuid("group_member", "member_id");

	static final Field<String> MEMBER_MEMBER_TYPE = string("group_member", "member_type");

	static final Table<?> LOCK = table("access_lock");

	static final Field<UUID> LOCK_ORGANISATION_ID = uuid("access_lock", "organisation_id");

	static final Table<?> INSTANCE = table("instance");

	static final Field<UUID> INSTANCE_ID = uuid("instance", "id");

	static final Field<UUID> INSTANCE_ORGANISATION_ID = uuid("instance", "organisation_id");

	static final Field<String> INSTANCE_STATUS = string("instance", "status");

	static final Table<?> USER = table("scim_user");

	static final Field<UUID> USER_ORGANISATION_ID = uuid("scim_user", "organisation_id");

	static final Field<UUID> USER_ID = uuid("scim_user", "id");

	static final Field<String> USER_NAME = string("scim_user", "user_name");

	static final Field<String> USER_NAME_KEY = string("scim_user", "user_name_key");

	static final Field<String> USER_DISPLAY_NAME = string("scim_user", "display_name");

	static final Field<Boolean> USER_ACTIVE = DSL.field(DSL.unquotedName("scim_user", "active"), SQLDataType.BOOLEAN);

	static final Table<?> GROUP = table("scim_group");

	static final Field<UUID> GROUP_ORGANISATION_ID = uuid("scim_group", "organisation_id");

	static final Field<UUID> GROUP_ID = uuid("scim_group", "id");

	static final Field<String> GROUP_NAME = string("scim_group", "display_name");

	/** The status of active roles and instances. */
	static final String ACTIVE = "active";

	/** The {@code member_type} of users in {@code group_member}. */
	static final String MEMBER_USER = "User";

	/** The {@code member_type} of groups in {@code group_member}. */
	static final String MEMBER_GROUP = "Group";

	private Tables() {
	}

	static Table<?> table(String name) {
		return DSL.table(DSL.unquotedName(name));
	}

	static Field<UUID> uuid(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.UUID);
	}

	static Field<String> string(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.VARCHAR);
	}

	static Field<Instant> instant(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.INSTANT);
	}

}
