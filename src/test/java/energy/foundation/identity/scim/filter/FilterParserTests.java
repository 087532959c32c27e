package energy.foundation.identity.scim.filter;

import java.math.BigDecimal;

import energy.foundation.identity.scim.filter.Filter.And;
import energy.foundation.identity.scim.filter.Filter.Comparison;
import energy.foundation.identity.scim.filter.Filter.Not;
import energy.foundation.identity.scim.filter.Filter.Or;
import energy.foundation.identity.scim.filter.Filter.Present;
import energy.foundation.identity.scim.filter.Filter.ValuePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FilterParserTests {

	private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	@ParameterizedTest
	@EnumSource(ComparisonOperator.class)
	void parseWhenComparisonOperatorThenComparison(ComparisonOperator operator) {
		String text = "userName " + operator.keyword() + " \"bjensen\"";

		Filter filter = FilterParser.parse(text);

		assertThat(filter).isEqualTo(comparison("userName", operator, "bjensen"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "USERNAME Eq \"x\"", "userName EQ \"x\"", "username eQ \"x\"" })
	void parseWhenOperatorInAnyCaseThenComparisonKeepingNameCase(String text) {
		Filter filter = FilterParser.parse(text);

		assertThat(filter).isInstanceOfSatisfying(Comparison.class, (comparison) -> {
			assertThat(comparison.operator()).isEqualTo(ComparisonOperator.EQ);
			assertThat(comparison.path().attribute()).isEqualToIgnoringCase("userName");
			assertThat(comparison.value()).isEqualTo("x");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "title pr", "title PR", "title Pr" })
	void parseWhenPresentInAnyCaseThenPresent(String text) {
		Filter filter = FilterParser.parse(text);

		assertThat(filter).isEqualTo(new Present(AttributePath.of("title")));
	}

	@Test
	void parseWhenAndThenAnd() {
		Filter filter = FilterParser.parse("title pr and userType eq \"Employee\"");

		assertThat(filter)
			.isEqualTo(new And(present("title"), comparison("userType", ComparisonOperator.EQ, "Employee")));
	}

	@Test
	void parseWhenOrThenOr() {
		Filter filter = FilterParser.parse("title pr or userType eq \"Intern\"");

		assertThat(filter).isEqualTo(new Or(present("title"), comparison("userType", ComparisonOperator.EQ, "Intern")));
	}

	@Test
	void parseWhenKeywordsInUpperCaseThenSameTree() {
		Filter filter = FilterParser.parse("a pr AND b pr OR NOT (c pr)");

		assertThat(filter).isEqualTo(FilterParser.parse("a pr and b pr or not (c pr)"));
	}

	@Test
	void parseWhenAndBeforeOrThenAndBindsTighter() {
		Filter filter = FilterParser.parse("a pr or b pr and c pr");

		assertThat(filter).isEqualTo(new Or(present("a"), new And(present("b"), present("c"))));
	}

	@Test
	void parseWhenOrBeforeAndThenAndBindsTighter() {
		Filter filter = FilterParser.parse("a pr and b pr or c pr");

		assertThat(filter).isEqualTo(new Or(new And(present("a"), present("b")), present("c")));
	}

	@Test
	void parseWhenChainOfAndThenLeftAssociative() {
		Filter filter = FilterParser.parse("a pr and b pr and c pr");

		assertThat(filter).isEqualTo(new And(new And(present("a"), present("b")), present("c")));
	}

	@Test
	void parseWhenChainOfOrThenLeftAssociative() {
		Filter filter = FilterParser.parse("a pr or b pr or c pr");

		assertThat(filter).isEqualTo(new Or(new Or(present("a"), present("b")), present("c")));
	}

	@Test
	void parseWhenParenthesesThenGroupingOverridesPrecedence() {
		Filter filter = FilterParser.parse("a pr and (b pr or c pr)");

		assertThat(filter).isEqualTo(new And(present("a"), new Or(present("b"), present("c"))));
	}

	@Test
	void parseWhenRedundantParenthesesThenSameTree() {
		Filter filter = FilterParser.parse("((a pr))");

		assertThat(filter).isEqualTo(present("a"));
	}

	@Test
	void parseWhenNotThenNot() {
		Filter filter = FilterParser.parse("not (title pr)");

		assertThat(filter).isEqualTo(new Not(present("title")));
	}

	@Test
	void parseWhenNotWithoutSpaceThenNot() {
		Filter filter = FilterParser.parse("NOT(title pr)");

		assertThat(filter).isEqualTo(new Not(present("title")));
	}

	@Test
	void parseWhenNotBeforeAndThenNotBindsTighter() {
		Filter filter = FilterParser.parse("not (a pr) and b pr");

		assertThat(filter).isEqualTo(new And(new Not(present("a")), present("b")));
	}

	@Test
	void parseWhenRfcExampleWithNestedGroupsThenTree() {
		Filter filter = FilterParser
			.parse("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")");

		Filter expected = new And(comparison("userType", ComparisonOperator.EQ, "Employee"),
				new Or(comparison("emails", ComparisonOperator.CO, "example.com"),
						new Comparison(AttributePath.of("emails", "value"), ComparisonOperator.CO, "example.org")));
		assertThat(filter).isEqualTo(expected);
	}

	@Test
	void parseWhenSubAttributeThenPathWithSubAttribute() {
		Filter filter = FilterParser.parse("name.givenName eq \"Barbara\"");

		assertThat(filter)
			.isEqualTo(new Comparison(AttributePath.of("name", "givenName"), ComparisonOperator.EQ, "Barbara"));
	}

	@Test
	void parseWhenUrnQualifiedAttributeThenSchemaSplitAtLastColon() {
		Filter filter = FilterParser.parse(ENTERPRISE + ":department eq \"Sales\"");

		assertThat(filter).isEqualTo(
				new Comparison(new AttributePath(ENTERPRISE, "department", null), ComparisonOperator.EQ, "Sales"));
	}

	@Test
	void parseWhenUrnQualifiedSubAttributeThenSchemaAttributeAndSubAttribute() {
		Filter filter = FilterParser.parse(ENTERPRISE + ":manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"");

		assertThat(filter).isEqualTo(new Comparison(new AttributePath(ENTERPRISE, "manager", "value"),
				ComparisonOperator.EQ, "26118915-6090-4610-87e4-49d8ca9f808d"));
	}

	@Test
	void parseWhenUrnInUpperCaseThenSchemaKeptAsSent() {
		Filter filter = FilterParser.parse("URN:IETF:params:scim:schemas:core:2.0:User:userName pr");

		assertThat(filter)
			.isEqualTo(new Present(new AttributePath("URN:IETF:params:scim:schemas:core:2.0:User", "userName", null)));
	}

	@Test
	void parseWhenValuePathThenValuePathWithRelativeInnerPaths() {
		Filter filter = FilterParser.parse("emails[type eq \"work\" and value ew \"@contoso.com\"]");

		Filter inner = new And(comparison("type", ComparisonOperator.EQ, "work"),
				comparison("value", ComparisonOperator.EW, "@contoso.com"));
		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("emails"), inner));
	}

	@Test
	void parseWhenValuePathWithNotAndOrThenInnerTree() {
		Filter filter = FilterParser.parse("emails[not (type eq \"home\") or primary eq true]");

		Filter inner = new Or(new Not(comparison("type", ComparisonOperator.EQ, "home")),
				new Comparison(AttributePath.of("primary"), ComparisonOperator.EQ, Boolean.TRUE));
		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("emails"), inner));
	}

	@Test
	void parseWhenValuePathCombinedWithAndThenAnd() {
		Filter filter = FilterParser.parse("userType eq \"Employee\" and emails[type eq \"work\"]");

		assertThat(filter).isEqualTo(new And(comparison("userType", ComparisonOperator.EQ, "Employee"),
				new ValuePath(AttributePath.of("emails"), comparison("type", ComparisonOperator.EQ, "work"))));
	}

	@Test
	void parseWhenUrnQualifiedValuePathThenSchemaOnOuterPath() {
		Filter filter = FilterParser.parse(ENTERPRISE + ":manager[value eq \"m1\"]");

		assertThat(filter).isEqualTo(new ValuePath(new AttributePath(ENTERPRISE, "manager", null),
				comparison("value", ComparisonOperator.EQ, "m1")));
	}

	@Test
	void parseWhenEntraValuePathWithComparisonThenAndInsideValuePath() {
		Filter filter = FilterParser.parse("emails[type eq \"work\"].value eq \"avery.ng@contoso.com\"");

		Filter inner = new And(comparison("type", ComparisonOperator.EQ, "work"),
				comparison("value", ComparisonOperator.EQ, "avery.ng@contoso.com"));
		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("emails"), inner));
	}

	@Test
	void parseWhenEntraValuePathWithPresentThenAndInsideValuePath() {
		Filter filter = FilterParser.parse("emails[type eq \"work\"].value pr");

		Filter inner = new And(comparison("type", ComparisonOperator.EQ, "work"), present("value"));
		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("emails"), inner));
	}

	@Test
	void parseWhenEntraValuePathWithOtherOperatorThenThatOperator() {
		Filter filter = FilterParser.parse("phoneNumbers[type eq \"mobile\"].value SW \"+44\"");

		Filter inner = new And(comparison("type", ComparisonOperator.EQ, "mobile"),
				comparison("value", ComparisonOperator.SW, "+44"));
		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("phoneNumbers"), inner));
	}

	@Test
	void parseWhenEntraValuePathFollowedByAndThenAndOutside() {
		Filter filter = FilterParser.parse("emails[type eq \"work\"].value eq \"a@b.c\" and active eq true");

		assertThat(filter).isInstanceOfSatisfying(And.class, (and) -> {
			assertThat(and.left()).isInstanceOf(ValuePath.class);
			assertThat(and.right()).isEqualTo(new Comparison(AttributePath.of("active"), ComparisonOperator.EQ, true));
		});
	}

	@Test
	void parseWhenEscapedQuoteAndBackslashThenDecoded() {
		Filter filter = FilterParser.parse("displayName eq \"say \\\"hi\\\" \\\\ bye\"");

		assertThat(filter).isEqualTo(comparison("displayName", ComparisonOperator.EQ, "say \"hi\" \\ bye"));
	}

	@Test
	void parseWhenUnicodeEscapeThenDecoded() {
		Filter filter = FilterParser.parse("name.familyName eq \"Ren\\u00e9e\\u00C9\"");

		assertThat(filter)
			.isEqualTo(new Comparison(AttributePath.of("name", "familyName"), ComparisonOperator.EQ, "Renée\u00c9"));
	}

	@Test
	void parseWhenControlEscapesThenDecoded() {
		Filter filter = FilterParser.parse("title eq \"a\\nb\\tc\\rd\\be\\ff\\/g\"");

		assertThat(filter).isEqualTo(comparison("title", ComparisonOperator.EQ, "a\nb\tc\rd\be\ff/g"));
	}

	@Test
	void parseWhenValueHoldsSpecialCharactersThenKeptInString() {
		Filter filter = FilterParser
			.parse("userName eq \"sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com (x) [y] and or\"");

		assertThat(filter).isEqualTo(comparison("userName", ComparisonOperator.EQ,
				"sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com (x) [y] and or"));
	}

	@Test
	void parseWhenEmptyStringThenEmptyValue() {
		Filter filter = FilterParser.parse("title eq \"\"");

		assertThat(filter).isEqualTo(comparison("title", ComparisonOperator.EQ, ""));
	}

	@ParameterizedTest
	@CsvSource({ "true,true", "TRUE,true", "False,false", "false,false" })
	void parseWhenBooleanLiteralThenBoolean(String literal, boolean expected) {
		Filter filter = FilterParser.parse("active eq " + literal);

		assertThat(filter).isEqualTo(new Comparison(AttributePath.of("active"), ComparisonOperator.EQ, expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "NULL", "Null" })
	void parseWhenNullLiteralThenNullValue(String literal) {
		Filter filter = FilterParser.parse("title eq " + literal);

		assertThat(filter).isEqualTo(new Comparison(AttributePath.of("title"), ComparisonOperator.EQ, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "42", "-7", "3.25", "1e3", "-2.5E-4", "6.02e+23" })
	void parseWhenNumberThenBigDecimalWithSameText(String literal) {
		Filter filter = FilterParser.parse("meta.version gt " + literal);

		assertThat(filter).isEqualTo(
				new Comparison(AttributePath.of("meta", "version"), ComparisonOperator.GT, new BigDecimal(literal)));
	}

	@Test
	void parseWhenQuotedTrueThenString() {
		Filter filter = FilterParser.parse("roles.primary eq \"True\"");

		assertThat(filter)
			.isEqualTo(new Comparison(AttributePath.of("roles", "primary"), ComparisonOperator.EQ, "True"));
	}

	@Test
	void parseWhenUnquotedTokenThenString() {
		Filter filter = FilterParser.parse("externalId eq jyoung");

		assertThat(filter).isEqualTo(comparison("externalId", ComparisonOperator.EQ, "jyoung"));
	}

	@Test
	void parseWhenUnquotedTokenWithSymbolsThenString() {
		Filter filter = FilterParser.parse("userName eq bjensen@example.com and title pr");

		assertThat(filter)
			.isEqualTo(new And(comparison("userName", ComparisonOperator.EQ, "bjensen@example.com"), present("title")));
	}

	@Test
	void parseWhenUnquotedTokenInsideBracketsThenStopsAtBracket() {
		Filter filter = FilterParser.parse("members[value eq 2819c223]");

		assertThat(filter).isEqualTo(
				new ValuePath(AttributePath.of("members"), comparison("value", ComparisonOperator.EQ, "2819c223")));
	}

	@Test
	void parseWhenDollarRefThenAttributeName() {
		Filter filter = FilterParser.parse("members[$ref eq \"https://example.com/Users/1\"]");

		assertThat(filter).isEqualTo(new ValuePath(AttributePath.of("members"),
				comparison("$ref", ComparisonOperator.EQ, "https://example.com/Users/1")));
	}

	@Test
	void parseWhenExtraWhitespaceThenIgnored() {
		Filter filter = FilterParser.parse("  ( a pr\tand\nb pr )  ");

		assertThat(filter).isEqualTo(new And(present("a"), present("b")));
	}

	@Test
	void parseWhenNestedFiftyLevelsThenAccepted() {
		String text = "(".repeat(50) + "a pr" + ")".repeat(50);

		Filter filter = FilterParser.parse(text);

		assertThat(filter).isEqualTo(present("a"));
	}

	@Test
	void parseWhenLongChainOfAndThenAccepted() {
		String text = "a pr" + " and a pr".repeat(1000);

		Filter filter = FilterParser.parse(text);

		assertThat(filter).isInstanceOf(And.class);
	}

	@Test
	void parseWhenEmptyThenInvalidFilter() {
		assertInvalid("", "Filter is empty", 0);
	}

	@Test
	void parseWhenBlankThenInvalidFilter() {
		assertInvalid("   ", "Filter is empty", 0);
	}

	@Test
	void parseWhenLongerThanLimitThenInvalidFilter() {
		String text = "title eq \"" + "x".repeat(FilterParser.MAX_LENGTH) + "\"";

		assertInvalid(text, "longer than 10000 characters", FilterParser.MAX_LENGTH);
	}

	@Test
	void parseWhenNestedDeeperThanLimitThenInvalidFilter() {
		String text = "(".repeat(51) + "a pr" + ")".repeat(51);

		assertInvalid(text, "Nesting deeper than 50 levels", 50);
	}

	@Test
	void parseWhenDeepNestingOfNotThenInvalidFilterNotStackOverflow() {
		String text = "not (".repeat(1000) + "a pr" + ")".repeat(1000);

		assertInvalid(text, "Nesting deeper than 50 levels", 254);
	}

	@Test
	void parseWhenThousandsOfOpenParenthesesThenInvalidFilterNotStackOverflow() {
		String text = "(".repeat(9000);

		assertInvalid(text, "Nesting deeper than 50 levels", 50);
	}

	@Test
	void parseWhenTrailingWordThenInvalidFilter() {
		assertInvalid("title pr garbage", "Operator 'pr' takes no value, found 'garbage'", 9);
	}

	@Test
	void parseWhenTrailingTextAfterComparisonThenInvalidFilter() {
		assertInvalid("title eq \"a\" extra", "Expected 'and', 'or' or the end of the filter, found 'extra'", 13);
	}

	@Test
	void parseWhenTrailingStringThenInvalidFilterWithoutEchoingIt() {
		InvalidFilterException error = invalid("title eq \"a\" \"secret@contoso.com\"");

		assertThat(error.getMessage()).contains("found a quoted string").doesNotContain("secret");
	}

	@Test
	void parseWhenUnclosedParenthesisThenInvalidFilter() {
		assertInvalid("(title pr and b pr", "Expected ')' to close the '(' at position 0, found the end of the text",
				18);
	}

	@Test
	void parseWhenExtraClosingParenthesisThenInvalidFilter() {
		assertInvalid("title pr)", "Unbalanced ')'", 8);
	}

	@Test
	void parseWhenUnclosedBracketThenInvalidFilter() {
		assertInvalid("emails[type eq \"work\"", "Expected ']' to close the '[' at position 6", 21);
	}

	@Test
	void parseWhenExtraClosingBracketThenInvalidFilter() {
		assertInvalid("title pr]", "Unbalanced ']'", 8);
	}

	@Test
	void parseWhenBracketClosedByParenthesisThenInvalidFilter() {
		assertInvalid("(emails[type pr)]", "Expected ']' to close the '[' at position 7, found ')'", 15);
	}

	@Test
	void parseWhenUnterminatedStringThenInvalidFilter() {
		assertInvalid("title eq \"abc", "Unterminated string", 9);
	}

	@Test
	void parseWhenInvalidEscapeThenInvalidFilter() {
		assertInvalid("title eq \"a\\qb\"", "Invalid escape sequence", 11);
	}

	@Test
	void parseWhenShortUnicodeEscapeThenInvalidFilter() {
		assertInvalid("title eq \"\\u00g1\"", "Invalid \\u escape", 10);
	}

	@Test
	void parseWhenBackslashAtEndThenInvalidFilter() {
		assertInvalid("title eq \"a\\", "Invalid escape sequence", 11);
	}

	@Test
	void parseWhenRawControlCharacterInStringThenInvalidFilter() {
		assertInvalid("title eq \"a\u0001\"", "Control character in a string", 11);
	}

	@Test
	void parseWhenMissingValueThenInvalidFilter() {
		assertInvalid("userName eq", "Expected a value after 'eq', found the end of the text", 11);
	}

	@Test
	void parseWhenMissingValueBeforeAndThenInvalidFilter() {
		assertInvalid("userName eq and title pr", "Expected a value after 'eq', found 'and'", 12);
	}

	@Test
	void parseWhenMissingValueBeforeParenthesisThenInvalidFilter() {
		assertInvalid("(userName ne)", "Expected a value after 'ne', found ')'", 12);
	}

	@Test
	void parseWhenPresentWithStringValueThenInvalidFilter() {
		assertInvalid("title pr \"x\"", "Operator 'pr' takes no value, found a quoted string", 9);
	}

	@Test
	void parseWhenUnknownOperatorThenInvalidFilter() {
		assertInvalid("userName equals \"x\"", "Unknown operator 'equals'", 9);
	}

	@Test
	void parseWhenMissingOperatorThenInvalidFilter() {
		assertInvalid("userName", "Expected an operator after 'userName', found the end of the text", 8);
	}

	@Test
	void parseWhenOperatorIsStringThenInvalidFilter() {
		assertInvalid("userName \"x\"", "Expected an operator after 'userName', found a quoted string", 9);
	}

	@Test
	void parseWhenFilterStartsWithStringThenInvalidFilter() {
		assertInvalid("\"x\" eq userName", "Expected an attribute path, found a quoted string", 0);
	}

	@Test
	void parseWhenNotWithoutParenthesisThenInvalidFilter() {
		assertInvalid("not title pr", "Expected '(' after 'not', found 'title'", 4);
	}

	@Test
	void parseWhenAndWithoutRightOperandThenInvalidFilter() {
		assertInvalid("title pr and", "Expected an attribute path, found the end of the text", 12);
	}

	@Test
	void parseWhenEmptyParenthesesThenInvalidFilter() {
		assertInvalid("()", "Expected an attribute path, found ')'", 1);
	}

	@Test
	void parseWhenEmptyBracketsThenInvalidFilter() {
		assertInvalid("emails[]", "Expected an attribute path, found ']'", 7);
	}

	@Test
	void parseWhenValuePathInsideValuePathThenInvalidFilter() {
		assertInvalid("emails[type[value pr]]", "A value filter cannot contain another value filter", 11);
	}

	@Test
	void parseWhenSubAttributeInsideValuePathThenInvalidFilter() {
		assertInvalid("emails[name.givenName pr]", "Inside '[...]' only a sub-attribute name is allowed", 7);
	}

	@Test
	void parseWhenUrnInsideValuePathThenInvalidFilter() {
		assertInvalid("emails[" + ENTERPRISE + ":manager pr]", "Inside '[...]' only a sub-attribute name is allowed",
				7);
	}

	@Test
	void parseWhenValuePathOnSubAttributeThenInvalidFilter() {
		assertInvalid("name.givenName[value pr]", "A value filter follows an attribute, not a sub-attribute", 14);
	}

	@Test
	void parseWhenValuePathAloneFollowedBySubAttributeThenInvalidFilter() {
		assertInvalid("emails[type eq \"work\"].value", "Expected an operator after '.value'", 28);
	}

	@Test
	void parseWhenInvalidAttributeNameThenInvalidFilter() {
		assertInvalid("1title pr", "Invalid attribute name '1title'", 0);
	}

	@Test
	void parseWhenInvalidSubAttributeNameThenInvalidFilterAtSubAttribute() {
		assertInvalid("name.given*Name pr", "Invalid attribute name 'given*Name'", 5);
	}

	@Test
	void parseWhenTwoDotsThenInvalidFilter() {
		assertInvalid("name.givenName.x pr", "Invalid attribute name 'givenName.x'", 5);
	}

	@Test
	void parseWhenTrailingDotThenInvalidFilter() {
		assertInvalid("name. pr", "Missing attribute name", 5);
	}

	@Test
	void parseWhenColonWithoutUrnThenInvalidFilter() {
		assertInvalid("foo:bar pr", "Invalid attribute name 'foo:bar'", 0);
	}

	@Test
	void parseWhenUrnWithoutAttributeThenInvalidFilter() {
		assertInvalid(ENTERPRISE + ": pr", "Missing attribute name", ENTERPRISE.length() + 1);
	}

	@Test
	void parseWhenMalformedUrnThenInvalidFilter() {
		assertInvalid("urn:title pr", "Invalid schema URN", 0);
	}

	@Test
	void parseWhenHugeExponentThenInvalidFilter() {
		assertInvalid("meta.version gt 1e99999999999", "Number out of range", 16);
	}

	@Test
	void parseWhenLargeExponentThenInvalidFilter() {
		assertInvalid("meta.version gt 1e5000", "Number out of range", 16);
	}

	@Test
	void parseWhenLongWordInErrorThenExcerptOnly() {
		InvalidFilterException error = invalid("userName " + "x".repeat(500) + " \"a\"");

		assertThat(error.getMessage()).hasSizeLessThan(150).contains("'xxxxxxxxxxxxxxxxxxxx...'");
	}

	private static InvalidFilterException invalid(String text) {
		return catchThrowableOfType(InvalidFilterException.class, () -> FilterParser.parse(text));
	}

	private static void assertInvalid(String text, String reason, int position) {
		assertThatExceptionOfType(InvalidFilterException.class).isThrownBy(() -> FilterParser.parse(text))
			.satisfies((error) -> {
				assertThat(error.reason()).contains(reason);
				assertThat(error.position()).isEqualTo(position);
				assertThat(error.getMessage()).endsWith(" at position " + position);
			});
	}

	private static Comparison comparison(String attribute, ComparisonOperator operator, Object value) {
		return new Comparison(AttributePath.of(attribute), operator, value);
	}

	private static Present present(String attribute) {
		return new Present(AttributePath.of(attribute));
	}

}
