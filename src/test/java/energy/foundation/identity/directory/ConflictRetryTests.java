package energy.foundation.identity.directory;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Running a transaction again after the database aborted it for a conflict.
 */
class ConflictRetryTests {

	private final AtomicInteger runs = new AtomicInteger();

	@Test
	void runWhenPostgresDeadlockOnceThenRunsAgainAndAnswers() {
		String answer = ConflictRetry.run(() -> failFirst(1, "40P01"));

		assertThat(answer).isEqualTo("done");
		assertThat(this.runs).hasValue(2);
	}

	@Test
	void runWhenH2DeadlockTwiceThenRunsAgainAndAnswers() {
		String answer = ConflictRetry.run(() -> failFirst(2, "40001"));

		assertThat(answer).isEqualTo("done");
		assertThat(this.runs).hasValue(3);
	}

	@Test
	void runWhenH2LockTimeoutThenThrownAfterOneRun() {
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> ConflictRetry.run(() -> failFirst(1, "HYT00")));

		assertThat(this.runs).hasValue(1);
	}

	@Test
	void runWhenConflictEveryTimeThenGivesUpAfterLastAttempt() {
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> ConflictRetry.run(() -> failFirst(Integer.MAX_VALUE, "40001")));

		assertThat(this.runs).hasValue(ConflictRetry.ATTEMPTS);
	}

	@Test
	void runWhenOtherDatabaseErrorThenThrownAfterOneRun() {
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> ConflictRetry.run(() -> failFirst(1, "23505")));

		assertThat(this.runs).hasValue(1);
	}

	private String failFirst(int failures, String sqlState) {
		if (this.runs.incrementAndGet() <= failures) {
			throw new DataAccessResourceFailureException("aborted", new SQLException("aborted", sqlState));
		}
		return "done";
	}

}
