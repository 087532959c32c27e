package energy.foundation.identity.directory;

import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import energy.foundation.identity.scim.filter.Filter;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Translates a SCIM filter (RFC 7644 §3.4.2.2) into a condition on a resource table,
 * evaluated by the database. Attributes with a column of their own ({@code userName},
 * {@code externalId}, {@code id}, {@code meta.created}...) compare that column; group
 * {@code members} and user {@code groups} look into the member table; every other
 * attribute is an {@code EXISTS} over the resource's rows of the attribute index. Every
 * subquery is scoped by organisation. One translator serves one query.
 */
final class FilterTranslator {

	private static final String SCHEMAS = "schemas";

	private final ResourceTable resource;

	private final UUID organisationId;

	private final AttributeCatalog catalog;

	private final Scope resourceScope = new ResourceScope();

	private int aliases;

	FilterTranslator(ResourceTable resource, UUID organisationId, AttributeCatalog catalog) {
		this.resource = resource;
		this.organisationId = organisationId;
		this.catalog = catalog;
	}

	/**
	 * The condition a resource must meet to match the filter; no condition for no filter.
	 */
	Condition translate(@Nullable Filter filter) {
		return (filter != null) ? walk(filter, this.resourceScope) : DSL.noCondition();
	}

	private Condition walk(Filter filter, Scope scope) {
		return switch (filter) {
			case Filter.And and -> walk(and.left(), scope).and(walk(and.right(), scope));
			case Filter.Or or -> walk(or.left(), scope).or(walk(or.right(), scope));
			case Filter.Not not -> DSL.not(walk(not.filter(), scope));
			case Filter.Present present -> scope.present(present.path());
			case Filter.Comparison comparison -> compare(comparison, scope);
			case Filter.ValuePath valuePath -> scope.valuePath(valuePath);
		};
	}

	private Condition compare(Filter.Comparison comparison, Scope scope) {
		ComparisonOperator operator = comparison.operator();
		Object value = comparison.value();
		if (value == null) {
			// RFC 7644 §3.4.2.2: "eq null" matches an absent attribute
			return switch (operator) {
				case EQ -> DSL.not(scope.present(comparison.path()));
				case NE -> scope.present(comparison.path());
				default -> throw unsupported("Operator " + operator.keyword() + " cannot compare with null");
			};
		}
		if (operator == ComparisonOperator.NE) {
			return DSL.not(scope.compare(comparison.path(), ComparisonOperator.EQ, value));
		}
		return scope.compare(comparison.path(), operator, value);
	}

	private AttributeTable nextAttributeAlias() {
		this.aliases++;
		return AttributeTable.as("a" + this.aliases);
	}

	private MemberTable nextMemberAlias() {
		this.aliases++;
		return MemberTable.as("m" + this.aliases);
	}

	/**
	 * The rows of the attribute index that belong to the resource being filtered, or to
	 * the element of the given marker row. Element rows are tied to the marker row rather
	 * than to the resource, so that PostgreSQL can turn the nested subqueries into joins
	 * and start from the most selective one.
	 */
	private Condition ownRows(AttributeTable rows, @Nullable AttributeTable marker) {
		Condition own = rows.organisationId()
			.eq(this.organisationId)
			.and(rows.resourceType().eq(this.resource.type().scimName()));
		if (marker == null) {
			return own.and(rows.resourceId().eq(this.resource.id()));
		}
		return own.and(rows.resourceId().eq(marker.resourceId())).and(rows.element().eq(marker.element()));
	}

	static UnsupportedFilterException unsupported(String message) {
		return new UnsupportedFilterException(message);
	}

	private Condition membershipExists(Membership membership, MemberTable rows, Condition condition) {
		return DSL.exists(DSL.selectOne()
			.from(rows.table())
			.where(rows.organisationId().eq(this.organisationId))
			.and(membership.self(rows).eq(this.resource.id()))
			.and(condition));
	}

	private Condition indexComparison(AttributePath path, ComparisonOperator operator, Object value,
			@Nullable AttributeTable marker) {
		AttributeTraits traits = this.catalog.traits(path);
		AttributeTable rows = nextAttributeAlias();
		Condition match = ValueComparisons.compare(rows, traits, operator, value, path);
		return DSL.exists(DSL.selectOne().from(rows.table()).where(row(rows, path, marker)).and(match));
	}

	private Condition indexPresence(AttributePath path, @Nullable AttributeTable marker) {
		AttributeTraits traits = this.catalog.traits(path);
		AttributeTable rows = nextAttributeAlias();
		Condition where = ownRows(rows, marker).and(ValueComparisons.nonEmpty(rows));
		if (traits.type() == AttributeType.COMPLEX && path.subAttribute() == null) {
			// a complex value is present when one of its sub-attributes is
			where = where.and(rows.path().like(ValueComparisons.escapeLike(path.key() + ".") + "%", '!'));
		}
		else {
			where = where.and(rows.path().eq(path.key()));
		}
		return DSL.exists(DSL.selectOne().from(rows.table()).where(where));
	}

	private Condition elementExists(AttributePath attribute, Filter filter) {
		AttributeTable marker = nextAttributeAlias();
		Condition inner = walk(filter, new ElementScope(attribute, marker));
		return DSL.exists(DSL.selectOne()
			.from(marker.table())
			.where(ownRows(marker, null))
			.and(marker.path().eq(attribute.key()))
			.and(marker.valueString().isNull())
			.and(marker.valueBoolean().isNull())
			.and(inner));
	}

	private Condition row(AttributeTable rows, AttributePath path, @Nullable AttributeTable marker) {
		return ownRows(rows, marker).and(rows.path().eq(path.key()));
	}

	/**
	 * Where the leaves of a filter are evaluated: the resource itself, one element of a
	 * multi-valued attribute, or one membership row.
	 */
	private interface Scope {

		Condition compare(AttributePath path, ComparisonOperator operator, Object value);

		Condition present(AttributePath path);

		default Condition valuePath(Filter.ValuePath valuePath) {
			throw unsupported("Value filters cannot be nested");
		}

	}

	/**
	 * The resource: columns first, then memberships, then the attribute index.
	 */
	private final class ResourceScope implements Scope {

		@Override
		public Condition compare(AttributePath path, ComparisonOperator operator, Object value) {
			AttributePath canonical = FilterTranslator.this.catalog.canonical(path);
			Condition column = columns().compare(canonical, operator, value);
			if (column != null) {
				return column;
			}
			Membership membership = Membership.of(FilterTranslator.this.resource.type(), canonical);
			if (membership != null) {
				MemberTable rows = nextMemberAlias();
				Condition match = new MemberScope(membership, rows, false).compare(canonical, operator, value);
				return membershipExists(membership, rows, match);
			}
			if (canonical.schema() == null && canonical.key().equals(SCHEMAS)) {
				return schemas(canonical, operator, value);
			}
			return indexComparison(valueOfComplex(canonical), operator, value, null);
		}

		@Override
		public Condition present(AttributePath path) {
			AttributePath canonical = FilterTranslator.this.catalog.canonical(path);
			Condition column = columns().present(canonical);
			if (column != null) {
				return column;
			}
			Membership membership = Membership.of(FilterTranslator.this.resource.type(), canonical);
			if (membership != null) {
				MemberTable rows = nextMemberAlias();
				return membershipExists(membership, rows, new MemberScope(membership, rows, false).present(canonical));
			}
			return indexPresence(canonical, null);
		}

		@Override
		public Condition valuePath(Filter.ValuePath valuePath) {
			AttributePath canonical = FilterTranslator.this.catalog.canonical(valuePath.attribute());
			if (canonical.subAttribute() != null) {
				throw unsupported("A value filter applies to an attribute, not a sub-attribute");
			}
			Membership membership = Membership.of(FilterTranslator.this.resource.type(), canonical);
			if (membership != null) {
				MemberTable rows = nextMemberAlias();
				return membershipExists(membership, rows,
						walk(valuePath.filter(), new MemberScope(membership, rows, true)));
			}
			return elementExists(canonical, valuePath.filter());
		}

		private ColumnComparisons columns() {
			return new ColumnComparisons(FilterTranslator.this.resource, FilterTranslator.this.catalog);
		}

		/**
		 * A complex attribute compared without a sub-attribute ({@code emails eq "x"},
		 * {@code manager eq "id"}) compares its {@code value}; one without a
		 * {@code value} sub-attribute ({@code name}) cannot be compared as a whole.
		 */
		private AttributePath valueOfComplex(AttributePath path) {
			AttributeCatalog catalog = FilterTranslator.this.catalog;
			if (catalog.traits(path).type() != AttributeType.COMPLEX || path.subAttribute() != null) {
				return path;
			}
			AttributePath value = path.withSubAttribute("value");
			if (!catalog.traits(value).defined()) {
				throw unsupported("Attribute " + path + " is complex: filter by one of its sub-attributes");
			}
			return value;
		}

		/**
		 * A resource's {@code schemas} (RFC 7643 §3) are the core schema of its type and
		 * the URN of each extension it carries; the index holds the latter under
		 * {@code schemas}.
		 */
		private Condition schemas(AttributePath path, ComparisonOperator operator, Object value) {
			String core = FilterTranslator.this.resource.type().coreSchema();
			return ValueComparisons.constant(core, false, operator, value, path)
				.or(indexComparison(path, operator, value, null));
		}

	}

	/**
	 * One element of a multi-valued or complex attribute, inside a value filter: its
	 * sub-attribute rows carry the element number of the attribute's marker row.
	 */
	private final class ElementScope implements Scope {

		private final AttributePath attribute;

		private final AttributeTable marker;

		ElementScope(AttributePath attribute, AttributeTable marker) {
			this.attribute = attribute;
			this.marker = marker;
		}

		@Override
		public Condition compare(AttributePath path, ComparisonOperator operator, Object value) {
			return indexComparison(subAttribute(path), operator, value, this.marker);
		}

		@Override
		public Condition present(AttributePath path) {
			return indexPresence(subAttribute(path), this.marker);
		}

		private AttributePath subAttribute(AttributePath path) {
			if (path.subAttribute() != null || path.schema() != null) {
				throw unsupported("A value filter may only name sub-attributes of " + this.attribute);
			}
			return this.attribute.withSubAttribute(path.attribute());
		}

	}

	/**
	 * One row of the member table: group {@code members} or user {@code groups}.
	 */
	private static final class MemberScope implements Scope {

		private final Membership membership;

		private final MemberTable rows;

		private final boolean relative;

		/**
		 * Creates a scope on the given rows.
		 * @param relative whether paths name sub-attributes directly ({@code value},
		 * inside {@code members[...]}) or through the attribute ({@code members.value})
		 */
		MemberScope(Membership membership, MemberTable rows, boolean relative) {
			this.membership = membership;
			this.rows = rows;
			this.relative = relative;
		}

		@Override
		public Condition compare(AttributePath path, ComparisonOperator operator, Object value) {
			String sub = subAttribute(path);
			if (operator != ComparisonOperator.EQ || !(value instanceof String text)) {
				throw unsupported(
						"Attribute " + this.membership.attribute() + "." + sub + " only supports eq with a string");
			}
			if (sub.equals("type")) {
				ResourceType type = Membership.typeOf(text);
				return (type != null) ? this.rows.memberType().eq(type.scimName()) : DSL.falseCondition();
			}
			UUID id = ColumnComparisons.uuid(text);
			return (id != null) ? this.membership.other(this.rows).eq(id) : DSL.falseCondition();
		}

		@Override
		public Condition present(AttributePath path) {
			subAttribute(path);
			return DSL.noCondition();
		}

		private String subAttribute(AttributePath path) {
			String sub = this.relative ? path.attribute() : path.subAttribute();
			String name = (sub != null) ? sub.toLowerCase(Locale.ROOT) : "value";
			if (!this.membership.filterable(name) || (this.relative && path.subAttribute() != null)) {
				throw unsupported("Attribute " + this.membership.attribute() + " can only be filtered by "
						+ this.membership.filterableNames());
			}
			return name;
		}

	}

}
