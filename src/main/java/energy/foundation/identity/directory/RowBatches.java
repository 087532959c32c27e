package energy.foundation.identity.directory;

import java.util.List;
import java.util.function.Consumer;

/**
 * Splits the rows of one write into statements of bounded size. A resource with thousands
 * of values, or a group with thousands of members, would otherwise become one statement
 * with more bind values than the drivers take: H2 accepts 100,000, the PostgreSQL
 * protocol 32,767.
 */
final class RowBatches {

	/** Most rows written by one statement. */
	static final int MAX_ROWS = 500;

	private RowBatches() {
	}

	/**
	 * Hands the rows to the writer in consecutive slices of at most {@link #MAX_ROWS}.
	 */
	static <T> void write(List<T> rows, Consumer<List<T>> writer) {
		for (int start = 0; start < rows.size(); start += MAX_ROWS) {
			writer.accept(rows.subList(start, Math.min(rows.size(), start + MAX_ROWS)));
		}
	}

}
