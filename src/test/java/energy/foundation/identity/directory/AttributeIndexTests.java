package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rows of the attribute index derived from attribute documents.
 */
class AttributeIndexTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<AttributeRow> rows(String json) {
		return AttributeIndex.rowsOf((ObjectNode) JSON.readTree(json));
	}

	@Test
	void rowsOfWhenSimpleValuesThenOneRowEachWithLowerCasePath() {
		List<AttributeRow> rows = rows("""
				{"userName": "Alex", "active": false, "Count": 3, "when": "2024-01-02T03:04:05.1234567+01:00"}""");

		assertThat(rows).containsExactly(new AttributeRow("username", 0, "Alex", null, null, null),
				new AttributeRow("active", 0, null, null, false, null),
				new AttributeRow("count", 0, "3", new BigDecimal("3.0000000000"), null, null),
				new AttributeRow("when", 0, "2024-01-02T03:04:05.1234567+01:00", null, null,
						Instant.parse("2024-01-02T02:04:05.123456Z")));
	}

	@Test
	void rowsOfWhenMultiValuedComplexThenMarkerAndSubRowsPerElement() {
		List<AttributeRow> rows = rows("""
				{"emails": [{"value": "A@x", "Type": "work"}, {"value": "b@x"}]}""");

		assertThat(rows).containsExactly(AttributeRow.marker("emails", 1),
				new AttributeRow("emails.value", 1, "A@x", null, null, null),
				new AttributeRow("emails.type", 1, "work", null, null, null), AttributeRow.marker("emails", 2),
				new AttributeRow("emails.value", 2, "b@x", null, null, null));
		assertThat(rows.get(1).lower()).isEqualTo("a@x");
	}

	@Test
	void rowsOfWhenArrayOfSimpleValuesThenRowPerItem() {
		assertThat(rows("{\"tags\": [\"x\", \"y\"]}")).containsExactly(
				new AttributeRow("tags", 1, "x", null, null, null), new AttributeRow("tags", 2, "y", null, null, null));
	}

	@Test
	void rowsOfWhenExtensionThenPathQualifiedByUrn() {
		List<AttributeRow> rows = rows("""
				{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "42"}}}""");

		assertThat(rows).extracting(AttributeRow::path)
			.containsExactly("schemas", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager",
					"urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager.value");
	}

	@Test
	void rowsOfWhenExtensionsThenEachUrnAsSentIsValueOfSchemas() {
		List<AttributeRow> rows = rows("""
				{"userName": "a", "urn:example:A:User": {}, "urn:example:b:User": {"x": "y"}, "urn:c": "text"}""");

		assertThat(rows).filteredOn((row) -> row.path().equals("schemas"))
			.containsExactly(new AttributeRow("schemas", 1, "urn:example:A:User", null, null, null),
					new AttributeRow("schemas", 2, "urn:example:b:User", null, null, null));
	}

	@Test
	void rowsOfWhenNestedDeeperThanSubAttributeThenNotIndexed() {
		assertThat(rows("{\"a\": {\"b\": {\"c\": \"d\"}, \"e\": null}}")).containsExactly(AttributeRow.marker("a", 0));
	}

	@Test
	void rowsOfWhenNumberTooLargeForColumnThenTextOnly() {
		assertThat(rows("{\"n\": 1e40}")).singleElement().satisfies((row) -> {
			assertThat(row.number()).isNull();
			assertThat(row.string()).isNotNull();
		});
	}

	@Test
	void rowsOfWhenLongValueThenPrefixCut() {
		String value = "x".repeat(AttributeTable.PREFIX_LENGTH + 50);

		AttributeRow row = rows("{\"n\": \"" + value + "\"}").get(0);

		assertThat(row.prefix()).hasSize(AttributeTable.PREFIX_LENGTH);
		assertThat(row.lower()).hasSize(value.length());
	}

	@Test
	void prefixWhenCutWouldSplitSurrogatePairThenShorter() {
		String value = "x".repeat(AttributeTable.PREFIX_LENGTH - 1) + "\uD83D\uDE00";

		assertThat(AttributeTable.prefix(value)).hasSize(AttributeTable.PREFIX_LENGTH - 1);
	}

	@Test
	void rowsOfWhenAttributeNameTooLongThenInvalidResource() {
		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> rows("{\"" + "a".repeat(AttributeIndex.MAX_PATH_LENGTH + 1) + "\": \"x\"}"));
	}

}
