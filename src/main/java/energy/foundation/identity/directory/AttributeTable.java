package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The {@code resource_attribute} index table, possibly under an alias so that nested
 * subqueries of one filter each have their own.
 *
 * @param table the (aliased) table
 * @param organisationId the organisation of the resource
 * @param resourceId the resource
 * @param resourceType its {@link ResourceType#scimName()}
 * @param path the lower-case attribute path
 * @param element the 1-based item number in a multi-valued attribute, 0 for single values
 * @param valueString a string value as sent (or a number's text)
 * @param valueLower the string value in lower case
 * @param valuePrefix the first {@value #PREFIX_LENGTH} characters of {@code valueLower}
 * @param valueNumber a number value
 * @param valueBoolean a boolean value
 * @param valueTime a string value that is a date-time with offset
 */
record AttributeTable(Table<?> table, Field<UUID> organisationId, Field<UUID> resourceId, Field<String> resourceType,
		Field<String> path, Field<Integer> element, Field<String> valueString, Field<String> valueLower,
		Field<String> valuePrefix, Field<BigDecimal> valueNumber, Field<Boolean> valueBoolean,
		Field<Instant> valueTime) {

	static final int PREFIX_LENGTH = 200;

	static final AttributeTable RESOURCE_ATTRIBUTE = as("resource_attribute");

	static AttributeTable as(String alias) {
		Table<?> table = DSL.table(DSL.unquotedName("resource_attribute"));
		return new AttributeTable(alias.equals("resource_attribute") ? table : table.as(DSL.unquotedName(alias)),
				DSL.field(DSL.unquotedName(alias, "organisation_id"), SQLDataType.UUID),
				DSL.field(DSL.unquotedName(alias, "resource_id"), SQLDataType.UUID),
				DSL.field(DSL.unquotedName(alias, "resource_type"), SQLDataType.VARCHAR),
				DSL.field(DSL.unquotedName(alias, "path"), SQLDataType.VARCHAR),
				DSL.field(DSL.unquotedName(alias, "element"), SQLDataType.INTEGER),
				DSL.field(DSL.unquotedName(alias, "value_string"), SQLDataType.VARCHAR),
				DSL.field(DSL.unquotedName(alias, "value_lower"), SQLDataType.VARCHAR),
				DSL.field(DSL.unquotedName(alias, "value_prefix"), SQLDataType.VARCHAR),
				DSL.field(DSL.unquotedName(alias, "value_number"), SQLDataType.NUMERIC(38, 10)),
				DSL.field(DSL.unquotedName(alias, "value_boolean"), SQLDataType.BOOLEAN),
				DSL.field(DSL.unquotedName(alias, "value_time"), SQLDataType.INSTANT));
	}

	/**
	 * The lookup prefix of a lower-case string.
	 */
	static String prefix(String lower) {
		if (lower.length() <= PREFIX_LENGTH) {
			return lower;
		}
		// never cut a surrogate pair in two: PostgreSQL rejects the half
		boolean splitsPair = Character.isHighSurrogate(lower.charAt(PREFIX_LENGTH - 1));
		return lower.substring(0, splitsPair ? PREFIX_LENGTH - 1 : PREFIX_LENGTH);
	}

}
