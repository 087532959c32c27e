package energy.foundation.identity.scim.patch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates the filter of a value path ({@code emails[type eq "work"]}, RFC 7644 §3.5.2)
 * on one element of a multi-valued (or single complex) attribute, in memory. Paths in the
 * filter name sub-attributes of the element; their definitions decide case rules and
 * types. A string literal {@code "True"}/{@code "false"} compared with a boolean
 * sub-attribute counts as that boolean, because the Microsoft SCIM Validator filters on
 * {@code roles[primary eq "True"]}.
 */
final class ElementMatcher {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final AttributeDefinition attribute;

	ElementMatcher(AttributeDefinition attribute) {
		this.attribute = attribute;
	}

	boolean matches(Filter filter, JsonNode element) {
		return switch (filter) {
			case Filter.And and -> matches(and.left(), element) && matches(and.right(), element);
			case Filter.Or or -> matches(or.left(), element) || matches(or.right(), element);
			case Filter.Not not -> !matches(not.filter(), element);
			case Filter.Present present -> present(value(element, present.path()));
			case Filter.Comparison comparison -> compare(comparison, element);
			case Filter.ValuePath valuePath ->
				throw ScimException.invalidFilter("A value filter cannot contain another value filter");
		};
	}

	/**
	 * The element a filter of {@code eq} comparisons joined by {@code and} describes, for
	 * example {@code {"type": "work"}} for {@code type eq "work"}; empty for any other
	 * filter. Used to create the element an add or replace addresses when none matches.
	 */
	Optional<ObjectNode> template(Filter filter) {
		ObjectNode element = NODES.objectNode();
		return collect(filter, element) ? Optional.of(element) : Optional.empty();
	}

	private boolean collect(Filter filter, ObjectNode element) {
		if (filter instanceof Filter.And and) {
			return collect(and.left(), element) && collect(and.right(), element);
		}
		if (filter instanceof Filter.Comparison comparison && comparison.operator() == ComparisonOperator.EQ
				&& comparison.value() != null) {
			String name = subAttributeName(comparison.path());
			Optional<AttributeDefinition> sub = this.attribute.subAttribute(name);
			element.set(sub.map(AttributeDefinition::name).orElse(name), literal(comparison.value(), sub));
			return true;
		}
		return false;
	}

	private boolean compare(Filter.Comparison comparison, JsonNode element) {
		JsonNode actual = value(element, comparison.path());
		if (actual.isArray()) {
			return actual.valueStream().anyMatch((item) -> compareValue(comparison, item));
		}
		return compareValue(comparison, actual);
	}

	private boolean compareValue(Filter.Comparison comparison, JsonNode actual) {
		Object expected = comparison.value();
		ComparisonOperator operator = comparison.operator();
		if (expected == null || actual.isMissingNode() || actual.isNull()) {
			boolean bothAbsent = expected == null && !present(actual);
			return switch (operator) {
				case EQ -> bothAbsent;
				case NE -> !bothAbsent;
				default -> false;
			};
		}
		AttributeTraits traits = traits(comparison.path());
		if (traits.type() == AttributeType.BOOLEAN || actual.isBoolean()) {
			return compareBoolean(operator, actual, expected);
		}
		if (actual.isNumber() && expected instanceof BigDecimal number) {
			return ordered(operator, actual.decimalValue().compareTo(number));
		}
		return compareText(operator, actual.asString(), expected.toString(), traits);
	}

	private static boolean compareBoolean(ComparisonOperator operator, JsonNode actual, Object expected) {
		Boolean left = bool(actual.isBoolean() ? actual.booleanValue() : actual.asString());
		Boolean right = bool(expected);
		boolean equal = left != null && left.equals(right);
		return switch (operator) {
			case EQ -> equal;
			case NE -> !equal;
			case CO, SW, EW -> false;
			default -> throw ScimException.invalidFilter("Booleans cannot be ordered");
		};
	}

	private static boolean compareText(ComparisonOperator operator, String actual, String expected,
			AttributeTraits traits) {
		String left = traits.caseExact() ? actual : actual.toLowerCase(Locale.ROOT);
		String right = traits.caseExact() ? expected : expected.toLowerCase(Locale.ROOT);
		return switch (operator) {
			case EQ -> left.equals(right);
			case NE -> !left.equals(right);
			case CO -> left.contains(right);
			case SW -> left.startsWith(right);
			case EW -> left.endsWith(right);
			default -> ordered(operator, orderText(left, right, traits));
		};
	}

	private static int orderText(String left, String right, AttributeTraits traits) {
		if (traits.type() == AttributeType.DATE_TIME) {
			try {
				return OffsetDateTime.parse(left).toInstant().compareTo(OffsetDateTime.parse(right).toInstant());
			}
			catch (DateTimeParseException ex) {
				// Not both timestamps: fall back to comparing the text.
			}
		}
		return left.compareTo(right);
	}

	private static boolean ordered(ComparisonOperator operator, int order) {
		return switch (operator) {
			case EQ -> order == 0;
			case NE -> order != 0;
			case GT -> order > 0;
			case GE -> order >= 0;
			case LT -> order < 0;
			case LE -> order <= 0;
			default -> false;
		};
	}

	private JsonNode value(JsonNode element, AttributePath path) {
		String name = subAttributeName(path);
		if (!element.isObject()) {
			// A multi-valued attribute of plain values: the element is its own "value".
			return "value".equalsIgnoreCase(name) ? element : NODES.missingNode();
		}
		JsonNode value = PropertyNames.get(element, name);
		return (value != null) ? value : NODES.missingNode();
	}

	/**
	 * The sub-attribute a filter path names: {@code type} in {@code emails[type eq "x"]},
	 * also when a client repeats the parent as in {@code emails[emails.type eq "x"]}.
	 */
	private String subAttributeName(AttributePath path) {
		String sub = path.subAttribute();
		return (sub != null && this.attribute.named(path.attribute())) ? sub : path.attribute();
	}

	private AttributeTraits traits(AttributePath path) {
		return this.attribute.subAttribute(subAttributeName(path))
			.map(AttributeDefinition::traits)
			.orElse(AttributeTraits.UNKNOWN);
	}

	private static boolean present(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return false;
		}
		if (value.isString()) {
			return !value.asString().isEmpty();
		}
		return !(value.isContainer() && value.isEmpty());
	}

	private static @Nullable Boolean bool(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		if (value instanceof String text) {
			if ("true".equalsIgnoreCase(text)) {
				return Boolean.TRUE;
			}
			if ("false".equalsIgnoreCase(text)) {
				return Boolean.FALSE;
			}
		}
		return null;
	}

	private static JsonNode literal(@Nullable Object value, Optional<AttributeDefinition> sub) {
		AttributeType type = sub.map(AttributeDefinition::type).orElse(AttributeType.STRING);
		Boolean flag = (type == AttributeType.BOOLEAN) ? bool(value) : null;
		if (flag != null) {
			return NODES.booleanNode(flag);
		}
		if (value instanceof Boolean other) {
			return NODES.booleanNode(other);
		}
		if (value instanceof BigDecimal number) {
			return (type == AttributeType.INTEGER) ? NODES.numberNode(number.toBigInteger()) : NODES.numberNode(number);
		}
		return NODES.stringNode(String.valueOf(value));
	}

}
