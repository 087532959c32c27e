package energy.foundation.identity.directory;

import java.util.UUID;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The {@code group_member} table under an alias, so that nested subqueries can each use
 * their own.
 *
 * @param table the aliased table
 * @param organisationId the organisation of group and member
 * @param groupId the group
 * @param memberId the member (a user or a group)
 * @param memberType the member's {@link ResourceType#scimName()}
 */
record MemberTable(Table<?> table, Field<UUID> organisationId, Field<UUID> groupId, Field<UUID> memberId,
		Field<String> memberType) {

	static final MemberTable GROUP_MEMBER = as("group_member");

	static MemberTable as(String alias) {
		Table<?> table = DSL.table(DSL.unquotedName("group_member"));
		return new MemberTable(alias.equals("group_member") ? table : table.as(DSL.unquotedName(alias)),
				DSL.field(DSL.unquotedName(alias, "organisation_id"), SQLDataType.UUID),
				DSL.field(DSL.unquotedName(alias, "group_id"), SQLDataType.UUID),
				DSL.field(DSL.unquotedName(alias, "member_id"), SQLDataType.UUID),
				DSL.field(DSL.unquotedName(alias, "member_type"), SQLDataType.VARCHAR));
	}

}
