package energy.foundation.identity.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
	 * The ids in the order the databases sort them ({@code ORDER BY id}): byte by byte,
	 * unsigned, which is the order of their lower-case text. {@link UUID#compareTo}
	 * compares signed numbers and would disagree, so that writers locking batch after
	 * batch could take the same locks in opposite orders.
	 */
	static List<UUID> inDatabaseOrder(Collection<UUID> ids) {
		return ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
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
