package energy.foundation.identity.scim.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FilterParserPropertyTests {

	private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	@Property(tries = 2000)
	void parseWhenPrintedFilterThenEqualTree(@ForAll("filters") Filter filter) {
		String text = FilterPrinter.print(filter);

		Filter parsed = FilterParser.parse(text);

		assertThat(parsed).isEqualTo(filter);
	}

	@Property(tries = 1000)
	void parsePathWhenPrintedPathThenEqualPath(@ForAll("patchPaths") PatchPath path) {
		String text = FilterPrinter.print(path);

		PatchPath parsed = FilterParser.parsePath(text);

		assertThat(parsed).isEqualTo(path);
	}

	@Property(tries = 3000)
	void parseWhenArbitraryTokensThenFilterOrInvalidFilter(@ForAll("filterLikeText") String text) {
		Throwable thrown = catchThrowable(() -> assertThat(FilterParser.parse(text)).isNotNull());

		if (thrown != null) {
			assertThat(thrown).isInstanceOf(InvalidFilterException.class);
			assertThat(((InvalidFilterException) thrown).position()).isBetween(0, text.length());
		}
	}

	@Property(tries = 3000)
	void parsePathWhenArbitraryTokensThenPathOrInvalidPath(@ForAll("filterLikeText") String text) {
		Throwable thrown = catchThrowable(() -> assertThat(FilterParser.parsePath(text)).isNotNull());

		if (thrown != null) {
			assertThat(thrown).isInstanceOf(InvalidPathException.class);
			assertThat(((InvalidPathException) thrown).position()).isBetween(0, text.length());
		}
	}

	@Provide
	Arbitrary<Filter> filters() {
		return filter(4, false);
	}

	@Provide
	Arbitrary<PatchPath> patchPaths() {
		Arbitrary<PatchPath> plain = paths().map((path) -> new PatchPath(path, null, null));
		Arbitrary<PatchPath> filtered = Combinators.combine(outerPaths(), filter(2, true), names().injectNull(0.5))
			.as(PatchPath::new);
		return Arbitraries.oneOf(plain, filtered);
	}

	@Provide
	Arbitrary<String> filterLikeText() {
		Arbitrary<String> token = Arbitraries.of("emails", "name.givenName", ENTERPRISE + ":manager.value", "urn:x",
				"[", "]", "(", ")", "not", "NOT", "and", "or", "Or", "eq", "ge", "pr", "co", "\"work\"", "\"",
				"\"\\u00e9\"", "\"\\", ".value", ".", "1e5", "-0.5", "true", "null", " ", " ", " ", "1x", "$ref", "#");
		return token.list().ofMaxSize(16).map((tokens) -> String.join("", tokens));
	}

	private Arbitrary<Filter> filter(int depth, boolean inside) {
		Arbitrary<Filter> leaf = inside ? leaf(relativePaths()) : Arbitraries.oneOf(leaf(paths()), valuePath());
		if (depth == 0) {
			return leaf;
		}
		Arbitrary<Filter> operand = Arbitraries.lazy(() -> filter(depth - 1, inside));
		return Arbitraries.frequencyOf(Tuple.of(3, leaf),
				Tuple.of(2,
						Combinators.combine(operand, operand)
							.as((left, right) -> (Filter) new Filter.And(left, right))),
				Tuple.of(2,
						Combinators.combine(operand, operand).as((left, right) -> (Filter) new Filter.Or(left, right))),
				Tuple.of(1, operand.map((inner) -> (Filter) new Filter.Not(inner))));
	}

	private Arbitrary<Filter> valuePath() {
		return Combinators.combine(outerPaths(), filter(2, true)).as(Filter.ValuePath::new);
	}

	private Arbitrary<Filter> leaf(Arbitrary<AttributePath> paths) {
		Arbitrary<Filter> present = paths.map(Filter.Present::new);
		Arbitrary<Filter> comparison = Combinators.combine(paths, Arbitraries.of(ComparisonOperator.class), values())
			.as(Filter.Comparison::new);
		return Arbitraries.frequencyOf(Tuple.of(1, present), Tuple.of(4, comparison));
	}

	private Arbitrary<Object> values() {
		Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12);
		Arbitrary<String> trickyText = Arbitraries.strings().withChars("\"\\ ()[]#@.:\n\t\u0001ándor").ofMaxLength(12);
		Arbitrary<BigDecimal> numbers = Combinators
			.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
					Arbitraries.integers().between(-40, 40))
			.as(BigDecimal::new);
		Arbitrary<Object> value = Arbitraries.oneOf(anyText.map(Object.class::cast), trickyText.map(Object.class::cast),
				Arbitraries.of(true, false).map(Object.class::cast), numbers.map(Object.class::cast));
		return value.injectNull(0.1);
	}

	private Arbitrary<AttributePath> paths() {
		return Combinators.combine(schemas(), names(), names().injectNull(0.6)).as(AttributePath::new);
	}

	private Arbitrary<AttributePath> outerPaths() {
		return Combinators.combine(schemas(), names()).as((schema, name) -> new AttributePath(schema, name, null));
	}

	private Arbitrary<AttributePath> relativePaths() {
		return names().map(AttributePath::of);
	}

	private Arbitrary<String> schemas() {
		return Arbitraries
			.of(ENTERPRISE, "urn:ietf:params:scim:schemas:core:2.0:User", "URN:example:params:custom:1.0:Thing")
			.injectNull(0.7);
	}

	private Arbitrary<String> names() {
		Arbitrary<String> generated = Combinators
			.combine(Arbitraries.chars().alpha(),
					Arbitraries.strings().alpha().numeric().withChars("-_").ofMaxLength(10))
			.as((first, rest) -> first + rest);
		// Words that are keywords elsewhere in the grammar are still valid attribute
		// names.
		Arbitrary<String> keywords = Arbitraries.of(List.of("and", "OR", "pr", "eq", "true", "null", "$ref"));
		return Arbitraries.frequencyOf(Tuple.of(9, generated), Tuple.of(1, keywords))
			.filter((name) -> !name.equalsIgnoreCase("not"));
	}

}
