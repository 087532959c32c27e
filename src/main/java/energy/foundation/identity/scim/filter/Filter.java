package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * A SCIM filter expression (RFC 7644 §3.4.2.2) as an immutable tree. Translators walk it
 * with a {@code switch} over the permitted records.
 */
public sealed interface Filter
		permits Filter.And, Filter.Or, Filter.Not, Filter.Comparison, Filter.Present, Filter.ValuePath {

	/**
	 * Both operands match.
	 */
	record And(Filter left, Filter right) implements Filter {
	}

	/**
	 * Either operand matches.
	 */
	record Or(Filter left, Filter right) implements Filter {
	}

	/**
	 * The operand does not match: {@code not (filter)}.
	 */
	record Not(Filter filter) implements Filter {
	}

	/**
	 * {@code attrPath op compValue}. The value is a {@link String}, a {@link Boolean}, a
	 * {@link java.math.BigDecimal} or {@code null} (the JSON literal {@code null}).
	 */
	record Comparison(AttributePath path, ComparisonOperator operator, @Nullable Object value) implements Filter {
	}

	/**
	 * {@code attrPath pr}: the attribute has a non-empty value.
	 */
	record Present(AttributePath path) implements Filter {
	}

	/**
	 * {@code attrPath[valFilter]}: some element of the multi-valued (or complex)
	 * attribute matches the inner filter, whose paths are relative to the element (for
	 * example {@code type}). Entra's non-RFC {@code emails[type eq "work"].value eq "x"}
	 * arrives here as {@code emails[type eq "work" and value eq "x"]}.
	 */
	record ValuePath(AttributePath attribute, Filter filter) implements Filter {
	}

}
