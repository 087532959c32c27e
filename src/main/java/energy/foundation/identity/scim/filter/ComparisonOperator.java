package energy.foundation.identity.scim.filter;

import java.util.Locale;
import java.util.Optional;

/**
 * The comparison operators of RFC 7644 §3.4.2.2, matched case-insensitively.
 */
public enum ComparisonOperator {

	EQ, NE, CO, SW, EW, GT, GE, LT, LE;

	public static Optional<ComparisonOperator> fromKeyword(String keyword) {
		for (ComparisonOperator operator : values()) {
			if (operator.name().equalsIgnoreCase(keyword)) {
				return Optional.of(operator);
			}
		}
		return Optional.empty();
	}

	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

}
