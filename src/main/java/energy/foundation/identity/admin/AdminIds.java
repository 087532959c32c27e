package energy.foundation.identity.admin;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reads resource ids from the URLs of the tenant admin app.
 */
final class AdminIds {

	private AdminIds() {
	}

	/**
	 * The id in a path segment, or a 404 for anything that is not a UUID.
	 */
	static UUID parse(@Nullable String text) {
		UUID id = parseOrNull(text);
		if (id == null) {
			throw new PageNotFoundException();
		}
		return id;
	}

	/**
	 * The id, or {@code null} when the text is missing or not a UUID.
	 */
	static @Nullable UUID parseOrNull(@Nullable String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
