package energy.foundation.identity.operator;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads ids from operator API paths. A path segment that is not an id names nothing, so
 * it answers 404 like an unknown id.
 */
final class OperatorIds {

	private static final Pattern UUID_FORM = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private OperatorIds() {
	}

	static UUID parse(String text, String what) {
		if (!UUID_FORM.matcher(text).matches()) {
			throw new NotFoundException("No " + what + " has this id");
		}
		return UUID.fromString(text.toLowerCase(Locale.ROOT));
	}

}
