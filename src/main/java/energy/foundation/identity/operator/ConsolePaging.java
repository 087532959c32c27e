package energy.foundation.identity.operator;

import org.jspecify.annotations.Nullable;

/**
 * Reads page numbers from console query strings. A page number that is not a positive
 * number is the first page: a hand-edited link shows something rather than an error.
 */
final class ConsolePaging {

	private static final int MAX_PAGE = 1_000_000;

	private ConsolePaging() {
	}

	static int pageNumber(@Nullable String text) {
		if (text == null || text.isBlank() || text.length() > 7 || !text.strip().chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.clamp(Integer.parseInt(text.strip()), 1, MAX_PAGE);
	}

}
