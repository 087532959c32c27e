package energy.foundation.identity.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The order of a list response (RFC 7644 §3.4.2.3): by a column for attributes that have
 * one, otherwise by the smallest indexed value of the attribute; resources without a
 * value come last; creation time and id break ties so that pages never overlap.
 */
final class SortOrder {

	private final ResourceTable resource;

	private final UUID organisationId;

	private final AttributeCatalog catalog;

	SortOrder(ResourceTable resource, UUID organisationId, AttributeCatalog catalog) {
		this.resource = resource;
		this.organisationId = organisationId;
		this.catalog = catalog;
	}

	List<SortField<?>> by(@Nullable AttributePath sortBy, boolean descending) {
		List<SortField<?>> order = new ArrayList<>();
		if (sortBy != null) {
			Field<?> field = field(this.catalog.canonical(sortBy));
			order.add((descending ? field.desc() : field.asc()).nullsLast());
		}
		order.add(this.resource.created().asc());
		order.add(this.resource.id().asc());
		return order;
	}

	private Field<?> field(AttributePath path) {
		String key = (path.schema() != null) ? "" : path.key();
		Field<Boolean> active = this.resource.active();
		if (key.equals(this.resource.nameAttribute().toLowerCase(Locale.ROOT))) {
			return this.catalog.traits(path).caseExact() ? this.resource.name() : this.resource.nameKey();
		}
		return switch (key) {
			case "id" -> this.resource.id();
			case "externalid" -> this.resource.externalId();
			case "meta.created" -> this.resource.created();
			case "meta.lastmodified" -> this.resource.lastModified();
			case "active" -> (active != null) ? active : indexed(path);
			default -> indexed(path);
		};
	}

	private Field<?> indexed(AttributePath path) {
		AttributeTraits traits = this.catalog.traits(path);
		if (traits.type() == AttributeType.COMPLEX && path.subAttribute() == null) {
			return indexed(path.withSubAttribute("value"));
		}
		AttributeTable rows = AttributeTable.as("s");
		Field<?> value = switch (traits.type()) {
			case BOOLEAN -> DSL.min(DSL.when(rows.valueBoolean(), DSL.inline(1)).otherwise(DSL.inline(0)));
			case DECIMAL, INTEGER -> DSL.min(rows.valueNumber());
			case DATE_TIME -> DSL.min(rows.valueTime());
			default -> DSL.min(traits.caseExact() ? rows.valueString() : rows.valueLower());
		};
		return DSL.field(DSL.select(value)
			.from(rows.table())
			.where(rows.organisationId().eq(this.organisationId))
			.and(rows.resourceType().eq(this.resource.type().scimName()))
			.and(rows.resourceId().eq(this.resource.id()))
			.and(rows.path().eq(path.key())));
	}

}
