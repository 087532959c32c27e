package energy.foundation.identity.directory;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a database failure by the SQL state of the {@link SQLException} behind it,
 * however deeply jOOQ and Spring wrapped it.
 */
final class DatabaseErrors {

	private DatabaseErrors() {
	}

	static boolean hasState(Throwable failure, Set<String> states) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
