package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * Splits filter and path text into tokens on demand: words (names, operators, keywords,
 * unquoted literals), JSON strings (RFC 8259 §7, decoded), parentheses, brackets and the
 * end of the text. A word runs until whitespace, a parenthesis, a bracket or a quote, so
 * {@code emails[type eq "work"].value} gives {@code emails}, {@code [}, {@code type},
 * {@code eq}, a string, {@code ]} and {@code .value}.
 */
final class FilterTokenizer {

	private final String text;

	private int index;

	private @Nullable Token peeked;

	FilterTokenizer(String text) {
		this.text = text;
	}

	Token peek() {
		Token token = this.peeked;
		if (token == null) {
			token = read();
			this.peeked = token;
		}
		return token;
	}

	Token next() {
		Token token = peek();
		this.peeked = null;
		return token;
	}

	private Token read() {
		skipWhitespace();
		int start = this.index;
		if (start >= this.text.length()) {
			return new Token(Kind.END, "", start);
		}

		char first = this.text.charAt(start);
		Kind punctuation = punctuation(first);
		if (punctuation != null) {
			this.index++;
			return new Token(punctuation, String.valueOf(first), start);
		}
		if (first == '"') {
			return new Token(Kind.STRING, readString(), start);
		}
		return new Token(Kind.WORD, readWord(), start);
	}

	private void skipWhitespace() {
		while (this.index < this.text.length() && isWhitespace(this.text.charAt(this.index))) {
			this.index++;
		}
	}

	private String readWord() {
		int start = this.index;
		while (this.index < this.text.length() && !endsWord(this.text.charAt(this.index))) {
			this.index++;
		}
		return this.text.substring(start, this.index);
	}

	private String readString() {
		int start = this.index;
		StringBuilder value = new StringBuilder();
		this.index++;

		while (this.index < this.text.length()) {
			char c = this.text.charAt(this.index);
			if (c == '"') {
				this.index++;
				return value.toString();
			}
			if (c < 0x20) {
				throw new InvalidFilterException("Control character in a string; escape it", this.index);
			}
			if (c == '\\') {
				value.append(readEscape());
			}
			else {
				value.append(c);
				this.index++;
			}
		}

		throw new InvalidFilterException("Unterminated string: missing closing '\"'", start);
	}

	private char readEscape() {
		int start = this.index;
		char code = (start + 1 < this.text.length()) ? this.text.charAt(start + 1) : ' ';
		this.index += 2;
		return switch (code) {
			case '"', '\\', '/' -> code;
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> readUnicodeEscape(start);
			default -> throw new InvalidFilterException("Invalid escape sequence in a string", start);
		};
	}

	private char readUnicodeEscape(int start) {
		int code = 0;
		for (int i = 0; i < 4; i++) {
			int digit = (this.index < this.text.length()) ? Character.digit(this.text.charAt(this.index), 16) : -1;
			if (digit < 0) {
				throw new InvalidFilterException("Invalid \\u escape in a string: expected 4 hex digits", start);
			}
			code = code * 16 + digit;
			this.index++;
		}
		return (char) code;
	}

	private static @Nullable Kind punctuation(char c) {
		return switch (c) {
			case '(' -> Kind.OPEN_PAREN;
			case ')' -> Kind.CLOSE_PAREN;
			case '[' -> Kind.OPEN_BRACKET;
			case ']' -> Kind.CLOSE_BRACKET;
			default -> null;
		};
	}

	private static boolean endsWord(char c) {
		return isWhitespace(c) || c == '"' || punctuation(c) != null;
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	/**
	 * The kinds of token.
	 */
	enum Kind {

		WORD, STRING, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, END

	}

	/**
	 * One token.
	 *
	 * @param kind the kind of token
	 * @param text the word, the decoded string, or the punctuation character
	 * @param position where the token starts (from 0)
	 */
	record Token(Kind kind, String text, int position) {

		boolean is(Kind other) {
			return this.kind == other;
		}

		boolean isWord(String keyword) {
			return this.kind == Kind.WORD && this.text.equalsIgnoreCase(keyword);
		}

		/**
		 * The token as an error message names it: never the content of a string, and
		 * words cut short.
		 */
		String describe() {
			return switch (this.kind) {
				case END -> "the end of the text";
				case STRING -> "a quoted string";
				case WORD -> "'" + excerpt(this.text) + "'";
				default -> "'" + this.text + "'";
			};
		}

		private static String excerpt(String text) {
			return (text.length() <= 20) ? text : text.substring(0, 20) + "...";
		}

	}

}
