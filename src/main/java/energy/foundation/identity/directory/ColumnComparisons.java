package energy.foundation.identity.directory;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.directory.ValueComparisons.StringColumns;
import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons of the attributes that have a column of their own, so that the common
 * lookups ({@code userName eq}, {@code externalId eq}, group {@code displayName eq}) use
 * the table's indexes, and of the {@code meta} attributes the resource type decides. A
 * string column serves only the case rule it was built for: the lower-case key columns
 * serve case-insensitive attributes, the others case-exact ones.
 */
final class ColumnComparisons {

	/**
	 * Ids as this service writes them: ids are case-exact (RFC 7643 §3.1), so an id in
	 * other letter case names nothing.
	 */
	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	// every resource has these: the service sets them (RFC 7643 §3, §3.1)
	private static final Set<String> ALWAYS_PRESENT = Set.of("id", "schemas", "meta", "meta.created",
			"meta.lastmodified", "meta.resourcetype", "meta.location", "meta.version");

	private final ResourceTable resource;

	private final AttributeCatalog catalog;

	ColumnComparisons(ResourceTable resource, AttributeCatalog catalog) {
		this.resource = resource;
		this.catalog = catalog;
	}

	/**
	 * The id a string names, or {@code null} when it is not a UUID.
	 */
	static @Nullable UUID uuid(String text) {
		return UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
	}

	/**
	 * The comparison on the attribute's column, or {@code null} when it has none that
	 * fits. Never called with {@code ne}.
	 */
	@Nullable Condition compare(AttributePath path, ComparisonOperator operator, Object value) {
		if (path.schema() != null) {
			return null;
		}
		return switch (path.key()) {
			case "id" -> id(operator, value, path);
			case "meta.created" -> ValueComparisons.time(this.resource.created(), operator, value, path);
			case "meta.lastmodified" -> ValueComparisons.time(this.resource.lastModified(), operator, value, path);
			case "externalid" ->
				caseExact(path) ? exactString(this.resource.externalId(), operator, value, path) : null;
			case "meta.resourcetype" ->
				ValueComparisons.constant(this.resource.type().scimName(), caseExact(path), operator, value, path);
			case "meta.location", "meta.version" ->
				throw FilterTranslator.unsupported("Attribute " + path + " cannot be filtered");
			default -> nameOrActive(path, operator, value);
		};
	}

	/**
	 * The presence test on the attribute's column, or {@code null} when it has none.
	 */
	@Nullable Condition present(AttributePath path) {
		if (path.schema() != null) {
			return null;
		}
		String key = path.key();
		if (key.equals("externalid")) {
			return nonEmpty(this.resource.externalId());
		}
		if (key.equals("displayname")) {
			return nonEmpty(this.resource.displayName());
		}
		boolean always = ALWAYS_PRESENT.contains(key) || key.equals(nameKey())
				|| (key.equals("active") && this.resource.active() != null);
		return always ? DSL.trueCondition() : null;
	}

	private @Nullable Condition nameOrActive(AttributePath path, ComparisonOperator operator, Object value) {
		String key = path.key();
		Field<Boolean> active = this.resource.active();
		if (key.equals(nameKey())) {
			StringColumns columns = new StringColumns(this.resource.name(), this.resource.nameKey(), null);
			return ValueComparisons.string(columns, caseExact(path), operator, value, path);
		}
		if (key.equals("displayname") && caseExact(path)) {
			return exactString(this.resource.displayName(), operator, value, path);
		}
		if (key.equals("active") && active != null) {
			return ValueComparisons.bool(active, operator, value, path);
		}
		return null;
	}

	private Condition id(ComparisonOperator operator, Object value, AttributePath path) {
		if (!(value instanceof String text) || operator != ComparisonOperator.EQ) {
			throw FilterTranslator.unsupported("Attribute " + path + " only supports eq and ne with a string");
		}
		UUID id = uuid(text);
		// an id we never issued matches nothing; it is not a malformed filter
		return (id != null) ? this.resource.id().eq(id) : DSL.falseCondition();
	}

	private Condition exactString(Field<String> column, ComparisonOperator operator, Object value, AttributePath path) {
		return ValueComparisons.string(new StringColumns(column, column, null), true, operator, value, path);
	}

	private boolean caseExact(AttributePath path) {
		return this.catalog.traits(path).caseExact();
	}

	private String nameKey() {
		return this.resource.nameAttribute().toLowerCase(Locale.ROOT);
	}

	private static Condition nonEmpty(Field<String> column) {
		return column.isNotNull().and(column.ne(""));
	}

}
