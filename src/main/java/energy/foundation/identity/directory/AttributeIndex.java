package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns an attribute document into rows of the attribute index, one per leaf value, so
 * that the database can evaluate any filter. Values nested deeper than
 * {@code attribute.subAttribute} stay in the document only.
 */
final class AttributeIndex {

	/** Longest path the {@code path} column holds. */
	static final int MAX_PATH_LENGTH = 512;

	private static final String SCHEMAS = "schemas";

	private static final int NUMBER_SCALE = 10;

	private static final int NUMBER_INTEGER_DIGITS = 28;

	private AttributeIndex() {
	}

	/**
	 * The index rows of a document. Top-level keys starting with {@code urn:} are schema
	 * extensions whose keys are their attributes; their URNs are indexed as values of
	 * {@code schemas}, which the document itself never holds.
	 */
	static List<AttributeRow> rowsOf(ObjectNode attributes) {
		List<AttributeRow> rows = new ArrayList<>();
		int extensions = 0;
		for (Map.Entry<String, JsonNode> property : attributes.properties()) {
			String name = property.getKey().toLowerCase(Locale.ROOT);
			JsonNode value = property.getValue();
			if (name.startsWith("urn:") && value.isObject()) {
				// the extension's URN is one of the resource's schemas, even when empty
				extensions++;
				addScalar(rows, SCHEMAS, extensions, StringNode.valueOf(property.getKey()));
				for (Map.Entry<String, JsonNode> extension : value.properties()) {
					addAttribute(rows, name + ":" + extension.getKey().toLowerCase(Locale.ROOT), extension.getValue());
				}
			}
			else {
				addAttribute(rows, name, value);
			}
		}
		return rows;
	}

	/**
	 * The instant of an ISO-8601 date-time with offset, at the column's precision, or
	 * {@code null} when the text is not one.
	 */
	static @Nullable Instant parseTime(String text) {
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
				.toInstant()
				.truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The number as the {@code numeric(38, 10)} column holds it, or {@code null} when it
	 * does not fit.
	 */
	static @Nullable BigDecimal storableNumber(BigDecimal number) {
		// check the magnitude before scaling: rescaling 1e999999999 would exhaust memory
		if (number.precision() - number.scale() > NUMBER_INTEGER_DIGITS) {
			return null;
		}
		BigDecimal scaled = number.setScale(NUMBER_SCALE, RoundingMode.HALF_UP);
		return (scaled.precision() - scaled.scale() <= NUMBER_INTEGER_DIGITS) ? scaled : null;
	}

	private static String numberText(BigDecimal number) {
		// plain notation unless the exponent would make the text huge
		return (Math.abs(number.scale()) <= NUMBER_INTEGER_DIGITS) ? number.toPlainString() : number.toString();
	}

	private static void addAttribute(List<AttributeRow> rows, String path, JsonNode value) {
		if (value.isArray()) {
			int element = 0;
			for (JsonNode item : value.values()) {
				element++;
				addValue(rows, path, element, item);
			}
		}
		else {
			addValue(rows, path, 0, value);
		}
	}

	private static void addValue(List<AttributeRow> rows, String path, int element, JsonNode value) {
		if (value.isObject()) {
			rows.add(AttributeRow.marker(path, element));
			for (Map.Entry<String, JsonNode> sub : value.properties()) {
				addScalar(rows, path + "." + sub.getKey().toLowerCase(Locale.ROOT), element, sub.getValue());
			}
		}
		else {
			addScalar(rows, path, element, value);
		}
	}

	private static void addScalar(List<AttributeRow> rows, String path, int element, JsonNode value) {
		if (path.length() > MAX_PATH_LENGTH) {
			throw new InvalidResourceException("An attribute name is longer than " + MAX_PATH_LENGTH + " characters");
		}
		if (value.isString()) {
			String text = value.stringValue();
			rows.add(new AttributeRow(path, element, text, null, null, parseTime(text)));
		}
		else if (value.isNumber()) {
			BigDecimal number = value.decimalValue();
			rows.add(new AttributeRow(path, element, numberText(number), storableNumber(number), null, null));
		}
		else if (value.isBoolean()) {
			rows.add(new AttributeRow(path, element, null, null, value.booleanValue(), null));
		}
	}

}
