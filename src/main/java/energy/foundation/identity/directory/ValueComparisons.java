package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons of one column with a filter literal, by the attribute's data type (RFC 7644
 * §3.4.2.2): strings case-insensitively unless case-exact, through the lower-case
 * columns, so that the database never lower-cases anything itself.
 */
final class ValueComparisons {

	private static final char LIKE_ESCAPE = '!';

	private ValueComparisons() {
	}

	/**
	 * Compares the typed value of attribute index rows. Never called with {@code ne}.
	 */
	static Condition compare(AttributeTable rows, AttributeTraits traits, ComparisonOperator operator, Object value,
			AttributePath path) {
		if (!traits.defined()) {
			return byLiteral(rows, operator, value, path);
		}
		return switch (traits.type()) {
			case BOOLEAN -> bool(rows.valueBoolean(), operator, value, path);
			case DECIMAL, INTEGER -> number(rows.valueNumber(), operator, value, path);
			case DATE_TIME -> time(rows.valueTime(), operator, value, path);
			case COMPLEX -> throw FilterTranslator
				.unsupported("Attribute " + path + " is complex: filter by one of its" + " sub-attributes");
			default -> string(new StringColumns(rows.valueString(), rows.valueLower(), rows.valuePrefix()),
					traits.caseExact(), operator, value, path);
		};
	}

	/**
	 * Compares an attribute no schema defines. It is stored as sent and may hold a number
	 * or a boolean as well as a string, so the literal's type chooses the column; strings
	 * compare case-insensitively, the RFC 7643 §2.2 default.
	 */
	private static Condition byLiteral(AttributeTable rows, ComparisonOperator operator, Object value,
			AttributePath path) {
		if (value instanceof Boolean) {
			return bool(rows.valueBoolean(), operator, value, path);
		}
		if (value instanceof BigDecimal) {
			return number(rows.valueNumber(), operator, value, path);
		}
		return string(new StringColumns(rows.valueString(), rows.valueLower(), rows.valuePrefix()), false, operator,
				value, path);
	}

	/**
	 * Compares a value the resource type fixes, such as {@code meta.resourceType},
	 * without reading the database: the condition is true or false for every resource.
	 */
	static Condition constant(String actual, boolean caseExact, ComparisonOperator operator, Object value,
			AttributePath path) {
		if (!(value instanceof String text)) {
			throw FilterTranslator.unsupported("Attribute " + path + " is a string: compare it with a string");
		}
		String left = caseExact ? actual : actual.toLowerCase(Locale.ROOT);
		String right = caseExact ? text : text.toLowerCase(Locale.ROOT);
		boolean matches = switch (operator) {
			case EQ -> left.equals(right);
			case NE -> !left.equals(right);
			case CO -> left.contains(right);
			case SW -> left.startsWith(right);
			case EW -> left.endsWith(right);
			case GT -> left.compareTo(right) > 0;
			case GE -> left.compareTo(right) >= 0;
			case LT -> left.compareTo(right) < 0;
			case LE -> left.compareTo(right) <= 0;
		};
		return DSL.condition(matches);
	}

	/**
	 * Rows holding a non-empty value.
	 */
	static Condition nonEmpty(AttributeTable rows) {
		return rows.valueString().isNotNull().and(rows.valueString().ne("")).or(rows.valueBoolean().isNotNull());
	}

	static Condition string(StringColumns columns, boolean caseExact, ComparisonOperator operator, Object value,
			AttributePath path) {
		if (!(value instanceof String text)) {
			throw FilterTranslator.unsupported("Attribute " + path + " is a string: compare it with a string");
		}
		String lower = text.toLowerCase(Locale.ROOT);
		Field<String> column = caseExact ? columns.exact() : columns.lower();
		String operand = caseExact ? text : lower;
		return switch (operator) {
			case EQ -> column.eq(operand).and(columns.prefixEquals(lower));
			case CO -> column.like("%" + escapeLike(operand) + "%", LIKE_ESCAPE);
			case SW -> column.like(escapeLike(operand) + "%", LIKE_ESCAPE);
			case EW -> column.like("%" + escapeLike(operand), LIKE_ESCAPE);
			default -> ordered(column, operator, operand, path);
		};
	}

	static Condition bool(Field<Boolean> column, ComparisonOperator operator, Object value, AttributePath path) {
		Boolean operand = booleanLiteral(value);
		if (operand == null) {
			throw FilterTranslator.unsupported("Attribute " + path + " is a boolean: compare it with true or false");
		}
		if (operator != ComparisonOperator.EQ) {
			throw notApplicable(operator, "boolean", path);
		}
		return column.eq(operand);
	}

	static Condition number(Field<BigDecimal> column, ComparisonOperator operator, Object value, AttributePath path) {
		BigDecimal operand = numberLiteral(value);
		if (operand == null) {
			throw FilterTranslator.unsupported("Attribute " + path + " is a number: compare it with a number");
		}
		requireOrdered(operator, "number", path);
		BigDecimal storable = AttributeIndex.storableNumber(operand);
		return (storable != null) ? ordered(column, operator, storable, path) : beyondRange(column, operator, operand);
	}

	static Condition time(Field<Instant> column, ComparisonOperator operator, Object value, AttributePath path) {
		Instant operand = (value instanceof String text) ? AttributeIndex.parseTime(text) : null;
		if (operand == null) {
			throw FilterTranslator
				.unsupported("Attribute " + path + " is a dateTime: compare it with an ISO-8601 date-time with offset");
		}
		requireOrdered(operator, "dateTime", path);
		return ordered(column, operator, operand, path);
	}

	/**
	 * The text with the wildcards of {@code LIKE} escaped by {@value #LIKE_ESCAPE}.
	 */
	static String escapeLike(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (character == LIKE_ESCAPE || character == '%' || character == '_') {
				escaped.append(LIKE_ESCAPE);
			}
			escaped.append(character);
		}
		return escaped.toString();
	}

	static Condition likePrefix(Field<String> column, String prefix) {
		return column.like(escapeLike(prefix) + "%", LIKE_ESCAPE);
	}

	private static <T> Condition ordered(Field<T> column, ComparisonOperator operator, T operand, AttributePath path) {
		return switch (operator) {
			case EQ -> column.eq(operand);
			case GT -> column.gt(operand);
			case GE -> column.ge(operand);
			case LT -> column.lt(operand);
			case LE -> column.le(operand);
			default -> throw notApplicable(operator, "this", path);
		};
	}

	/**
	 * A literal beyond what the column holds is greater (or less) than every stored
	 * number.
	 */
	private static Condition beyondRange(Field<BigDecimal> column, ComparisonOperator operator, BigDecimal operand) {
		boolean above = operand.signum() > 0;
		return switch (operator) {
			case GT, GE -> above ? DSL.falseCondition() : column.isNotNull();
			case LT, LE -> above ? column.isNotNull() : DSL.falseCondition();
			default -> DSL.falseCondition();
		};
	}

	private static void requireOrdered(ComparisonOperator operator, String type, AttributePath path) {
		switch (operator) {
			case CO, SW, EW -> throw notApplicable(operator, type, path);
			default -> {
			}
		}
	}

	private static UnsupportedFilterException notApplicable(ComparisonOperator operator, String type,
			AttributePath path) {
		return FilterTranslator
			.unsupported("Operator " + operator.keyword() + " does not apply to " + type + " attribute " + path);
	}

	private static @Nullable Boolean booleanLiteral(Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		// Entra sends "True" and "False" as strings (see CLIENTS.md)
		if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
			return Boolean.valueOf(text);
		}
		return null;
	}

	private static @Nullable BigDecimal numberLiteral(Object value) {
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The columns of a string value.
	 *
	 * @param exact the value as sent
	 * @param lower the value in lower case
	 * @param prefix the indexed prefix of {@code lower}, or {@code null} when there is
	 * none
	 */
	record StringColumns(Field<String> exact, Field<String> lower, @Nullable Field<String> prefix) {

		Condition prefixEquals(String lowerValue) {
			return (this.prefix != null) ? this.prefix.eq(AttributeTable.prefix(lowerValue)) : DSL.noCondition();
		}

	}

}
