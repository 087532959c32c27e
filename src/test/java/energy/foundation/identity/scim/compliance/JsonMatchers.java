package energy.foundation.identity.scim.compliance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The comparisons behind a case's expectations: deep subset matching, the operators of
 * {@code json_paths}, array lengths and status classes. Semantics follow the header of
 * {@code run-cases.mjs}, so that a case means the same under both runners.
 */
final class JsonMatchers {

	private static final Set<String> PATH_OPERATORS = Set.of("present", "min", "max", "ne", "in", "type", "nonempty",
			"empty", "absent_or");

	private static final Set<String> OPERATORS_NEEDING_VALUE = Set.of("min", "max", "in", "type", "nonempty");

	private JsonMatchers() {
	}

	/**
	 * Whether {@code actual} contains {@code expected} as a deep subset: every listed key
	 * of an object must match, every listed item of an array must match some item, and
	 * scalars must be equal (numbers by value).
	 */
	static boolean contains(JsonNode expected, @Nullable JsonNode actual) {
		if (expected.isArray()) {
			return actual != null && actual.isArray()
					&& expected.values().stream().allMatch((item) -> anyMatch(item, actual));
		}
		if (expected.isObject()) {
			return actual != null && actual.isObject()
					&& expected.properties()
						.stream()
						.allMatch((entry) -> actual.has(entry.getKey())
								&& contains(entry.getValue(), actual.get(entry.getKey())));
		}
		return actual != null && scalarEquals(expected, actual);
	}

	private static boolean anyMatch(JsonNode expected, JsonNode array) {
		return array.values().stream().anyMatch((item) -> contains(expected, item));
	}

	private static boolean scalarEquals(JsonNode expected, JsonNode actual) {
		if (expected.isNumber() && actual.isNumber()) {
			return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
		}
		return !actual.isContainer() && expected.equals(actual);
	}

	/**
	 * Whether a {@code json_paths} specification holds for a resolved pointer. An object
	 * made only of operator keys ({@code present}, {@code min}, {@code max}, {@code ne},
	 * {@code in}, {@code type}, {@code nonempty}, {@code empty}, {@code absent_or}) is
	 * checked operator by operator; anything else must be present and deep-match.
	 */
	static boolean pathHolds(JsonNode specification, JsonPointer resolved) {
		if (!isOperatorObject(specification)) {
			return resolved.found() && contains(specification, resolved.value());
		}
		Map<String, JsonNode> operators = new LinkedHashMap<>();
		specification.properties().forEach((entry) -> operators.put(entry.getKey(), entry.getValue()));
		boolean needsValue = operators.keySet().stream().anyMatch(OPERATORS_NEEDING_VALUE::contains);
		if (needsValue && !resolved.found()) {
			return false;
		}
		return operators.entrySet()
			.stream()
			.allMatch((operator) -> operatorHolds(operator.getKey(), operator.getValue(), resolved));
	}

	private static boolean isOperatorObject(JsonNode specification) {
		return specification.isObject() && !specification.isEmpty()
				&& specification.propertyNames().stream().allMatch(PATH_OPERATORS::contains);
	}

	private static boolean operatorHolds(String operator, JsonNode argument, JsonPointer resolved) {
		boolean found = resolved.found();
		JsonNode value = resolved.value();
		return switch (operator) {
			case "present" -> found == truthy(argument);
			case "empty" -> isEmpty(resolved) == truthy(argument);
			case "nonempty" -> isEmpty(resolved) != truthy(argument);
			case "absent_or" -> !found || contains(argument, value);
			case "ne" -> !found || !contains(argument, value);
			case "min" ->
				value != null && value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) >= 0;
			case "max" ->
				value != null && value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) <= 0;
			case "in" -> argument.values().stream().anyMatch((allowed) -> contains(allowed, value));
			case "type" -> typeMatches(argument.asString(), value);
			default -> throw new IllegalArgumentException("Unknown json_paths operator " + operator);
		};
	}

	/**
	 * JavaScript truthiness of a case-file argument ({@code true}, non-zero, non-empty).
	 */
	static boolean truthy(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.decimalValue().signum() != 0;
		}
		if (node.isString()) {
			return !node.stringValue().isEmpty();
		}
		return true;
	}

	/**
	 * Absent, {@code null}, {@code ""}, {@code []} or <code>{}</code>.
	 */
	static boolean isEmpty(JsonPointer resolved) {
		JsonNode value = resolved.value();
		if (!resolved.found() || value == null || value.isNull()) {
			return true;
		}
		if (value.isString()) {
			return value.stringValue().isEmpty();
		}
		return value.isContainer() && value.isEmpty();
	}

	/**
	 * The JSON type name of a value: {@code string}, {@code integer} (a number without a
	 * fraction), {@code number}, {@code boolean}, {@code array}, {@code object} or
	 * {@code null}.
	 */
	static String typeOf(JsonNode value) {
		if (value.isNull()) {
			return "null";
		}
		if (value.isNumber()) {
			return isWhole(value) ? "integer" : "number";
		}
		if (value.isString()) {
			return "string";
		}
		if (value.isBoolean()) {
			return "boolean";
		}
		return value.isArray() ? "array" : "object";
	}

	private static boolean isWhole(JsonNode number) {
		return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
	}

	private static boolean typeMatches(String expected, @Nullable JsonNode value) {
		if (value == null) {
			return false;
		}
		String actual = typeOf(value);
		return actual.equals(expected) || (expected.equals("number") && actual.equals("integer"));
	}

	/**
	 * Whether {@code status} is allowed by a specification: a number, a class such as
	 * {@code "2xx"}, or a list of those.
	 */
	static boolean statusAllowed(JsonNode specification, int status) {
		if (specification.isArray()) {
			return specification.values().stream().anyMatch((one) -> statusAllowed(one, status));
		}
		String text = specification.asString();
		if (text.matches("[1-5][xX][xX]")) {
			return status / 100 == text.charAt(0) - '0';
		}
		return text.matches("[0-9]+") && Integer.parseInt(text) == status;
	}

	/**
	 * Checks the length of the array at a resolved pointer against {@code n} or
	 * <code>{"min": n, "max": n}</code>; an absent array counts as empty. Returns a
	 * problem description, or {@code null} when the length is as expected.
	 */
	static @Nullable String lengthProblem(String pointer, JsonNode specification, JsonPointer resolved) {
		JsonNode value = resolved.value();
		Integer length = (!resolved.found()) ? Integer.valueOf(0)
				: (value != null && value.isArray()) ? Integer.valueOf(value.size()) : null;
		boolean holds = (length != null) && lengthHolds(specification, length);
		if (holds) {
			return null;
		}
		return "length of " + pointer + " = " + ((length != null) ? length : "not an array") + ", expected "
				+ specification;
	}

	private static boolean lengthHolds(JsonNode specification, int length) {
		if (specification.isNumber()) {
			return specification.decimalValue().compareTo(BigDecimal.valueOf(length)) == 0;
		}
		JsonNode min = specification.get("min");
		JsonNode max = specification.get("max");
		return (min == null || length >= min.asDouble()) && (max == null || length <= max.asDouble());
	}

}
