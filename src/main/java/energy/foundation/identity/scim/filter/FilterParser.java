package energy.foundation.identity.scim.filter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import energy.foundation.identity.scim.filter.FilterTokenizer.Kind;
import energy.foundation.identity.scim.filter.FilterTokenizer.Token;
import org.jspecify.annotations.Nullable;

/**
 * Parses SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (RFC 7644 §3.5.2) by recursive
 * descent. Keywords and operators are case-insensitive; {@code not} binds tighter than
 * {@code and}, which binds tighter than {@code or}, and both are left-associative.
 * <p>
 * Two client habits are accepted beyond the RFC grammar: Entra ID's
 * {@code emails[type eq "work"].value eq "x"}, read as
 * {@code emails[type eq "work" and value eq "x"]}, and an unquoted comparison value
 * ({@code externalId eq jyoung}, shown in a Microsoft document), read as a string.
 * <p>
 * Text longer than {@value #MAX_LENGTH} characters and nesting deeper than
 * {@value #MAX_DEPTH} levels are refused, so that no input can exhaust the stack.
 */
public final class FilterParser {

	/**
	 * The longest filter or path accepted, in characters.
	 */
	public static final int MAX_LENGTH = 10_000;

	/**
	 * The deepest nesting of parentheses, {@code not} and value filters accepted.
	 */
	public static final int MAX_DEPTH = 50;

	private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private static final int MAX_SCALE = 1000;

	private final FilterTokenizer tokens;

	private int depth;

	private boolean insideValueFilter;

	private FilterParser(String text) {
		this.tokens = new FilterTokenizer(text);
	}

	/**
	 * Parses a filter, as given in the {@code filter} query parameter or in a search
	 * request (RFC 7644 §3.4.2.2, §3.4.3).
	 * @param text the filter, already URL-decoded
	 * @return the filter tree
	 * @throws InvalidFilterException if the text is not a filter
	 */
	public static Filter parse(String text) {
		checkText(text, "Filter");
		FilterParser parser = new FilterParser(text);
		Filter filter = parser.parseOr();
		parser.expectEnd("'and', 'or' or the end of the filter");
		return filter;
	}

	/**
	 * Parses the {@code path} of a PATCH operation (RFC 7644 §3.5.2):
	 * {@code attrPath / valuePath [subAttr]}, for example {@code name.givenName},
	 * {@code members[value eq "2819c223"]} or {@code emails[type eq "work"].value}.
	 * @param text the path
	 * @return the path
	 * @throws InvalidPathException if the text is not a path; its cause is the
	 * {@link InvalidFilterException} that the syntax check raised
	 */
	public static PatchPath parsePath(String text) {
		try {
			checkText(text, "Path");
			return new FilterParser(text).parsePatchPath();
		}
		catch (InvalidFilterException ex) {
			throw new InvalidPathException(ex.reason(), ex.position(), ex);
		}
	}

	private static void checkText(String text, String noun) {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidFilterException(noun + " is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
		}
		if (text.isBlank()) {
			throw new InvalidFilterException(noun + " is empty", 0);
		}
	}

	private PatchPath parsePatchPath() {
		Token name = this.tokens.next();
		AttributePath attribute = AttributePathReader.read(expectWord(name, "an attribute path").text(),
				name.position());
		if (!this.tokens.peek().is(Kind.OPEN_BRACKET)) {
			expectEnd("'[' or the end of the path");
			return new PatchPath(attribute, null, null);
		}

		Filter valueFilter = parseValueFilter(attribute);
		Token subAttribute = readSubAttribute();
		expectEnd("'.' and a sub-attribute name, or the end of the path");
		String subAttributeName = (subAttribute != null) ? subAttributeName(subAttribute) : null;
		return new PatchPath(attribute, valueFilter, subAttributeName);
	}

	private Filter parseOr() {
		Filter filter = parseAnd();
		while (this.tokens.peek().isWord("or")) {
			this.tokens.next();
			filter = new Filter.Or(filter, parseAnd());
		}
		return filter;
	}

	private Filter parseAnd() {
		Filter filter = parseUnary();
		while (this.tokens.peek().isWord("and")) {
			this.tokens.next();
			filter = new Filter.And(filter, parseUnary());
		}
		return filter;
	}

	private Filter parseUnary() {
		Token token = this.tokens.next();
		if (token.is(Kind.OPEN_PAREN)) {
			return parseGroup(token);
		}
		if (token.isWord("not")) {
			Token open = this.tokens.next();
			if (!open.is(Kind.OPEN_PAREN)) {
				throw new InvalidFilterException("Expected '(' after 'not', found " + open.describe(), open.position());
			}
			return new Filter.Not(parseGroup(open));
		}
		return parseAttributeExpression(token);
	}

	private Filter parseGroup(Token open) {
		enter(open);
		Filter filter = parseOr();

		Token close = this.tokens.next();
		if (!close.is(Kind.CLOSE_PAREN)) {
			throw new InvalidFilterException(
					"Expected ')' to close the '(' at position " + open.position() + ", found " + close.describe(),
					close.position());
		}
		this.depth--;
		return filter;
	}

	private Filter parseAttributeExpression(Token name) {
		AttributePath path = readPath(expectWord(name, "an attribute path"));
		if (!this.tokens.peek().is(Kind.OPEN_BRACKET)) {
			return parseCondition(path, name);
		}

		Filter valueFilter = parseValueFilter(path);
		Token subAttribute = readSubAttribute();
		if (subAttribute == null) {
			return new Filter.ValuePath(path, valueFilter);
		}
		// Entra ID sends emails[type eq "work"].value eq "x" although RFC 7644 has no
		// such form.
		AttributePath relative = AttributePath.of(subAttributeName(subAttribute));
		Filter condition = parseCondition(relative, subAttribute);
		return new Filter.ValuePath(path, new Filter.And(valueFilter, condition));
	}

	private AttributePath readPath(Token name) {
		AttributePath path = AttributePathReader.read(name.text(), name.position());
		if (this.insideValueFilter && (path.schema() != null || path.subAttribute() != null)) {
			throw new InvalidFilterException(
					"Inside '[...]' only a sub-attribute name is allowed, found " + name.describe(), name.position());
		}
		return path;
	}

	private Filter parseValueFilter(AttributePath path) {
		Token open = this.tokens.next();
		if (this.insideValueFilter) {
			throw new InvalidFilterException("A value filter cannot contain another value filter", open.position());
		}
		if (path.subAttribute() != null) {
			throw new InvalidFilterException("A value filter follows an attribute, not a sub-attribute",
					open.position());
		}

		enter(open);
		this.insideValueFilter = true;
		Filter filter = parseOr();

		Token close = this.tokens.next();
		if (!close.is(Kind.CLOSE_BRACKET)) {
			throw new InvalidFilterException(
					"Expected ']' to close the '[' at position " + open.position() + ", found " + close.describe(),
					close.position());
		}
		this.insideValueFilter = false;
		this.depth--;
		return filter;
	}

	private @Nullable Token readSubAttribute() {
		Token token = this.tokens.peek();
		if (token.is(Kind.WORD) && token.text().startsWith(".")) {
			return this.tokens.next();
		}
		return null;
	}

	private static String subAttributeName(Token token) {
		return AttributePathReader.checkName(token.text().substring(1), token.position() + 1);
	}

	private Filter parseCondition(AttributePath path, Token name) {
		Token operator = this.tokens.next();
		if (operator.isWord("pr")) {
			rejectValueAfterPresent();
			return new Filter.Present(path);
		}

		ComparisonOperator comparison = comparisonOperator(operator, name);
		Token value = this.tokens.next();
		if (value.is(Kind.STRING)) {
			return new Filter.Comparison(path, comparison, value.text());
		}
		if (!value.is(Kind.WORD) || value.isWord("and") || value.isWord("or")) {
			throw new InvalidFilterException(
					"Expected a value after '" + comparison.keyword() + "', found " + value.describe(),
					value.position());
		}
		return new Filter.Comparison(path, comparison, literal(value));
	}

	private static ComparisonOperator comparisonOperator(Token operator, Token name) {
		if (!operator.is(Kind.WORD)) {
			throw new InvalidFilterException(
					"Expected an operator after " + name.describe() + ", found " + operator.describe(),
					operator.position());
		}
		return ComparisonOperator.fromKeyword(operator.text())
			.orElseThrow(() -> new InvalidFilterException(
					"Unknown operator " + operator.describe() + ": expected eq, ne, co, sw, ew, gt, ge, lt, le or pr",
					operator.position()));
	}

	private void rejectValueAfterPresent() {
		Token next = this.tokens.peek();
		boolean value = next.is(Kind.STRING) || (next.is(Kind.WORD) && !next.isWord("and") && !next.isWord("or"));
		if (value) {
			throw new InvalidFilterException("Operator 'pr' takes no value, found " + next.describe(), next.position());
		}
	}

	private static @Nullable Object literal(Token token) {
		String text = token.text();
		if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
			return Boolean.valueOf(text.equalsIgnoreCase("true"));
		}
		if (text.equalsIgnoreCase("null")) {
			return null;
		}

		return JSON_NUMBER.matcher(text).matches() ? number(token) : text;
	}

	private static BigDecimal number(Token token) {
		BigDecimal number;
		try {
			number = new BigDecimal(token.text());
		}
		catch (NumberFormatException ex) {
			throw new InvalidFilterException("Number out of range", token.position(), ex);
		}
		// A huge exponent would make every later plain rendering of the number enormous.
		if (Math.abs(number.scale()) > MAX_SCALE) {
			throw new InvalidFilterException("Number out of range", token.position());
		}
		return number;
	}

	private void enter(Token open) {
		this.depth++;
		if (this.depth > MAX_DEPTH) {
			throw new InvalidFilterException("Nesting deeper than " + MAX_DEPTH + " levels", open.position());
		}
	}

	private static Token expectWord(Token token, String expected) {
		if (!token.is(Kind.WORD)) {
			throw new InvalidFilterException("Expected " + expected + ", found " + token.describe(), token.position());
		}
		return token;
	}

	private void expectEnd(String expected) {
		Token token = this.tokens.next();
		if (token.is(Kind.CLOSE_PAREN) || token.is(Kind.CLOSE_BRACKET)) {
			throw new InvalidFilterException("Unbalanced " + token.describe(), token.position());
		}
		if (!token.is(Kind.END)) {
			throw new InvalidFilterException("Expected " + expected + ", found " + token.describe(), token.position());
		}
	}

}
