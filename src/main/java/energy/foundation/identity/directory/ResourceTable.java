package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * The table of one resource type and its columns, named without quotes so that the
 * database folds them to its own case (PostgreSQL lower, H2 upper) as Flyway created
 * them.
 *
 * @param type the resource type stored in the table
 * @param table the table
 * @param organisationId the owning organisation
 * @param id the resource id
 * @param name the unique name as sent ({@code userName} or group {@code displayName})
 * @param nameKey the unique name in lower case
 * @param externalId the {@code externalId}
 * @param displayName the {@code displayName} (for groups the same column as {@code name})
 * @param active the user's {@code active} flag, {@code null} for groups
 * @param guest whether the user is a B2B guest, {@code null} for groups
 * @param document the attribute document
 * @param version the version
 * @param created the creation time
 * @param lastModified the time of the last change
 */
record ResourceTable(ResourceType type, Table<?> table, Field<UUID> organisationId, Field<UUID> id, Field<String> name,
		Field<String> nameKey, Field<String> externalId, Field<String> displayName, @Nullable Field<Boolean> active,
		@Nullable Field<Boolean> guest, Field<String> document, Field<Long> version, Field<Instant> created,
		Field<Instant> lastModified) {

	static final ResourceTable USER = create(ResourceType.USER, "scim_user", "user_name", "user_name_key",
			"display_name", true);

	static final ResourceTable GROUP = create(ResourceType.GROUP, "scim_group", "display_name", "display_name_key",
			"display_name", false);

	static ResourceTable of(ResourceType type) {
		return (type == ResourceType.USER) ? USER : GROUP;
	}

	/**
	 * The unique attribute that {@link #name} holds, as SCIM names it.
	 */
	String nameAttribute() {
		return (this.type == ResourceType.USER) ? "userName" : "displayName";
	}

	private static ResourceTable create(ResourceType type, String table, String name, String nameKey,
			String displayName, boolean withActive) {
		return new ResourceTable(type, DSL.table(DSL.unquotedName(table)), uuid(table, "organisation_id"),
				uuid(table, "id"), string(table, name), string(table, nameKey), string(table, "external_id"),
				string(table, displayName),
				withActive ? DSL.field(DSL.unquotedName(table, "active"), SQLDataType.BOOLEAN) : null,
				withActive ? DSL.field(DSL.unquotedName(table, "guest"), SQLDataType.BOOLEAN) : null,
				string(table, "document"), DSL.field(DSL.unquotedName(table, "version"), SQLDataType.BIGINT),
				instant(table, "created_at"), instant(table, "last_modified_at"));
	}

	private static Field<UUID> uuid(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.UUID);
	}

	private static Field<String> string(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.VARCHAR);
	}

	private static Field<Instant> instant(String table, String column) {
		return DSL.field(DSL.unquotedName(table, column), SQLDataType.INSTANT);
	}

}
