package energy.foundation.identity.scim.filter;

import energy.foundation.identity.scim.filter.Filter.Comparison;
import energy.foundation.identity.scim.filter.Filter.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PatchPathParserTests {

	private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	@Test
	void parsePathWhenAttributeThenAttributePath() {
		PatchPath path = FilterParser.parsePath("title");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("title"), null, null));
	}

	@Test
	void parsePathWhenSubAttributeThenSubAttributeOnAttributePath() {
		PatchPath path = FilterParser.parsePath("name.givenName");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("name", "givenName"), null, null));
	}

	@Test
	void parsePathWhenUrnQualifiedAttributeThenSchemaSet() {
		PatchPath path = FilterParser.parsePath(ENTERPRISE + ":department");

		assertThat(path).isEqualTo(new PatchPath(new AttributePath(ENTERPRISE, "department", null), null, null));
	}

	@Test
	void parsePathWhenUrnQualifiedSubAttributeThenSchemaAttributeAndSubAttribute() {
		PatchPath path = FilterParser.parsePath(ENTERPRISE + ":manager.value");

		assertThat(path).isEqualTo(new PatchPath(new AttributePath(ENTERPRISE, "manager", "value"), null, null));
	}

	@Test
	void parsePathWhenValueFilterThenFilterAndNoSubAttribute() {
		PatchPath path = FilterParser.parsePath("members[value eq \"2819c223\"]");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("members"), eq("value", "2819c223"), null));
	}

	@Test
	void parsePathWhenValueFilterWithSubAttributeThenSubAttributeSeparate() {
		PatchPath path = FilterParser.parsePath("emails[type eq \"work\"].value");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("emails"), eq("type", "work"), "value"));
	}

	@Test
	void parsePathWhenAddressSubAttributeThenSubAttributeSeparate() {
		PatchPath path = FilterParser.parsePath("addresses[type eq \"work\"].streetAddress");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("addresses"), eq("type", "work"), "streetAddress"));
	}

	@Test
	void parsePathWhenValueFilterWithOrThenOrFilter() {
		PatchPath path = FilterParser.parsePath("members[value eq \"a\" or value eq \"b\"]");

		assertThat(path)
			.isEqualTo(new PatchPath(AttributePath.of("members"), new Or(eq("value", "a"), eq("value", "b")), null));
	}

	@Test
	void parsePathWhenUrnQualifiedValueFilterThenSchemaOnAttribute() {
		PatchPath path = FilterParser.parsePath(ENTERPRISE + ":manager[value eq \"m1\"]");

		assertThat(path)
			.isEqualTo(new PatchPath(new AttributePath(ENTERPRISE, "manager", null), eq("value", "m1"), null));
	}

	@Test
	void parsePathWhenFilterKeywordsInAnyCaseThenParsed() {
		PatchPath path = FilterParser.parsePath("roles[primary EQ \"True\"].display");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("roles"), eq("primary", "True"), "display"));
	}

	@Test
	void parsePathWhenDollarRefSubAttributeThenAccepted() {
		PatchPath path = FilterParser.parsePath("manager.$ref");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("manager", "$ref"), null, null));
	}

	@Test
	void parsePathWhenSurroundingWhitespaceThenIgnored() {
		PatchPath path = FilterParser.parsePath(" title ");

		assertThat(path).isEqualTo(new PatchPath(AttributePath.of("title"), null, null));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "title", "name.givenName", "members[value eq \"2819c223\"]", "emails[type eq \"work\"].value",
					"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
					"members[value eq \"a\" or value eq \"b\"]" })
	void printWhenParsedPathThenSameText(String text) {
		PatchPath path = FilterParser.parsePath(text);

		assertThat(FilterPrinter.print(path)).isEqualTo(text);
	}

	@Test
	void parsePathWhenEmptyThenInvalidPath() {
		assertInvalid("", "Path is empty", 0);
	}

	@Test
	void parsePathWhenLongerThanLimitThenInvalidPath() {
		assertInvalid("a".repeat(FilterParser.MAX_LENGTH + 1), "Path is longer than 10000 characters",
				FilterParser.MAX_LENGTH);
	}

	@Test
	void parsePathWhenInvalidNameThenInvalidPath() {
		assertInvalid("na me", "Expected '[' or the end of the path, found 'me'", 3);
	}

	@Test
	void parsePathWhenNameStartsWithDigitThenInvalidPath() {
		assertInvalid("1title", "Invalid attribute name '1title'", 0);
	}

	@Test
	void parsePathWhenTwoDotsThenInvalidPath() {
		assertInvalid("name.givenName.x", "Invalid attribute name 'givenName.x'", 5);
	}

	@Test
	void parsePathWhenUnclosedBracketThenInvalidPathWithFilterCause() {
		assertThatExceptionOfType(InvalidPathException.class)
			.isThrownBy(() -> FilterParser.parsePath("members[value eq \"a\""))
			.withCauseInstanceOf(InvalidFilterException.class)
			.satisfies((error) -> assertThat(error.position()).isEqualTo(20));
	}

	@Test
	void parsePathWhenBadSubAttributeAfterFilterThenInvalidPath() {
		assertInvalid("emails[type eq \"work\"].1value", "Invalid attribute name '1value'", 23);
	}

	@Test
	void parsePathWhenTextAfterSubAttributeThenInvalidPath() {
		assertInvalid("emails[type eq \"work\"].value eq \"x\"", "Expected '.' and a sub-attribute name", 29);
	}

	@Test
	void parsePathWhenTextAfterValueFilterThenInvalidPath() {
		assertInvalid("emails[type eq \"work\"] value", "Expected '.' and a sub-attribute name", 23);
	}

	@Test
	void parsePathWhenValueFilterAfterSubAttributeThenInvalidPath() {
		assertInvalid("name.givenName[value pr]", "A value filter follows an attribute, not a sub-attribute", 14);
	}

	@Test
	void parsePathWhenNestedValueFilterThenInvalidPath() {
		assertInvalid("emails[type[value pr]]", "A value filter cannot contain another value filter", 11);
	}

	@Test
	void parsePathWhenStartsWithBracketThenInvalidPath() {
		assertInvalid("[value eq \"a\"]", "Expected an attribute path, found '['", 0);
	}

	@Test
	void parsePathWhenEmptyFilterThenInvalidPath() {
		assertInvalid("members[]", "Expected an attribute path, found ']'", 8);
	}

	private static void assertInvalid(String text, String reason, int position) {
		assertThatExceptionOfType(InvalidPathException.class).isThrownBy(() -> FilterParser.parsePath(text))
			.satisfies((error) -> {
				assertThat(error.reason()).contains(reason);
				assertThat(error.position()).isEqualTo(position);
				assertThat(error.getMessage()).endsWith(" at position " + position);
			});
	}

	private static Comparison eq(String attribute, String value) {
		return new Comparison(AttributePath.of(attribute), ComparisonOperator.EQ, value);
	}

}
