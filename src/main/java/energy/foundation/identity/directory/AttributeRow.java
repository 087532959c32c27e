package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One row of the attribute index: a leaf value, or the marker of a complex value when all
 * values are {@code null}.
 *
 * @param path the lower-case attribute path
 * @param element the 1-based item number in a multi-valued attribute, 0 for single values
 * @param string a string value, or a number's text
 * @param number a number value that fits the column
 * @param bool a boolean value
 * @param time a string value that is a date-time with offset
 */
record AttributeRow(String path, int element, @Nullable String string, @Nullable BigDecimal number,
		@Nullable Boolean bool, @Nullable Instant time) {

	@Override
	public String toString() {
		// the values are personal data
		return "AttributeRow[path=" + this.path + ", element=" + this.element + "]";
	}

	static AttributeRow marker(String path, int element) {
		return new AttributeRow(path, element, null, null, null, null);
	}

	@Nullable String lower() {
		return (this.string != null) ? this.string.toLowerCase(Locale.ROOT) : null;
	}

	@Nullable String prefix() {
		String lower = lower();
		return (lower != null) ? AttributeTable.prefix(lower) : null;
	}

}
