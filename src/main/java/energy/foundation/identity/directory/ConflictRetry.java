package energy.foundation.identity.directory;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again when the database aborted it to resolve a conflict with
 * another transaction: a deadlock or a serialization failure. (A lock wait that timed out
 * is not retried: the lock was held for the whole timeout, and waiting again would hold a
 * connection for as long once more.) The aborted transaction changed nothing, and the
 * work it runs computes its changes from the state it reads, so running it again is safe.
 */
final class ConflictRetry {

	/** Most runs of one transaction. */
	static final int ATTEMPTS = 5;

	// PostgreSQL deadlock_detected, serialization_failure (also H2's deadlock)
	private static final Set<String> CONFLICT_STATES = Set.of("40P01", "40001");

	private static final int MAX_BACK_OFF_MILLIS = 20;

	private static final Logger logger = LoggerFactory.getLogger(ConflictRetry.class);

	private ConflictRetry() {
	}

	/**
	 * The transaction's result, after at most {@link #ATTEMPTS} runs.
	 */
	static <T> T run(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !isConflict(ex)) {
					throw ex;
				}
				logger.debug("Running a transaction again after a conflict, attempt {}", attempt + 1);
				backOff(attempt, ex);
			}
		}
	}

	static boolean isConflict(Throwable ex) {
		return DatabaseErrors.hasState(ex, CONFLICT_STATES);
	}

	/**
	 * Waits a random few milliseconds, longer after each attempt, so that the
	 * transactions that collided do not collide again at once.
	 */
	private static void backOff(int attempt, RuntimeException conflict) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_BACK_OFF_MILLIS * attempt + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			conflict.addSuppressed(ex);
			throw conflict;
		}
	}

}
