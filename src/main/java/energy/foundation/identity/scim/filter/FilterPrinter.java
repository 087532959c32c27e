package energy.foundation.identity.scim.filter;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Renders filters and PATCH paths as canonical RFC 7644 text that {@link FilterParser}
 * reads back to an equal tree: lower-case keywords and operators, JSON string literals,
 * and parentheses only where precedence needs them. A filter that Entra ID sent in its
 * {@code emails[type eq "work"].value eq "x"} form is rendered in the RFC form
 * {@code emails[type eq "work" and value eq "x"]}.
 */
public final class FilterPrinter {

	private static final int OR = 0;

	private static final int AND = 1;

	private static final int OPERAND = 2;

	private FilterPrinter() {
	}

	/**
	 * The filter as RFC 7644 §3.4.2.2 text.
	 */
	public static String print(Filter filter) {
		StringBuilder text = new StringBuilder();
		append(text, filter, OR);
		return text.toString();
	}

	/**
	 * The PATCH path as RFC 7644 §3.5.2 text.
	 */
	public static String print(PatchPath path) {
		StringBuilder text = new StringBuilder(path.attribute().toString());
		Filter valueFilter = path.valueFilter();
		if (valueFilter != null) {
			text.append('[');
			append(text, valueFilter, OR);
			text.append(']');
		}
		if (path.subAttribute() != null) {
			text.append('.').append(path.subAttribute());
		}
		return text.toString();
	}

	private static void append(StringBuilder text, Filter filter, int context) {
		boolean parenthesise = binding(filter) < context;
		if (parenthesise) {
			text.append('(');
		}

		switch (filter) {
			case Filter.Or(Filter left, Filter right) -> appendBinary(text, left, " or ", right, OR);
			case Filter.And(Filter left, Filter right) -> appendBinary(text, left, " and ", right, AND);
			case Filter.Not(Filter operand) -> {
				text.append("not (");
				append(text, operand, OR);
				text.append(')');
			}
			case Filter.Comparison(AttributePath path, ComparisonOperator operator, Object value) ->
				text.append(path).append(' ').append(operator.keyword()).append(' ').append(literal(value));
			case Filter.Present(AttributePath path) -> text.append(path).append(" pr");
			case Filter.ValuePath(AttributePath path, Filter valueFilter) -> {
				text.append(path).append('[');
				append(text, valueFilter, OR);
				text.append(']');
			}
		}

		if (parenthesise) {
			text.append(')');
		}
	}

	private static void appendBinary(StringBuilder text, Filter left, String keyword, Filter right, int binding) {
		// Both operators are left-associative: a right operand of the same kind needs
		// parentheses.
		append(text, left, binding);
		text.append(keyword);
		append(text, right, binding + 1);
	}

	private static int binding(Filter filter) {
		if (filter instanceof Filter.Or) {
			return OR;
		}
		return (filter instanceof Filter.And) ? AND : OPERAND;
	}

	/**
	 * A comparison value as a JSON literal (RFC 8259).
	 */
	static String literal(@Nullable Object value) {
		return switch (value) {
			case null -> "null";
			case String string -> quote(string);
			case Boolean bool -> bool.toString();
			case BigDecimal number -> number.toString();
			case Integer number -> number.toString();
			case Long number -> number.toString();
			default -> throw new IllegalArgumentException("Not a filter value: " + value.getClass().getName());
		};
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');

		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> appendCharacter(quoted, c);
			}
		}

		return quoted.append('"').toString();
	}

	private static void appendCharacter(StringBuilder quoted, char c) {
		if (c < 0x20) {
			quoted.append(String.format("\\u%04x", (int) c));
		}
		else {
			quoted.append(c);
		}
	}

}
