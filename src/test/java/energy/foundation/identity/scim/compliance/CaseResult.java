package energy.foundation.identity.scim.compliance;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The verdict of one case run.
 *
 * @param id the case id
 * @param verdict passed, failed or skipped
 * @param detail why it failed or was skipped (empty when it passed)
 */
record CaseResult(String id, Verdict verdict, String detail) {

	static CaseResult passed(String id) {
		return new CaseResult(id, Verdict.PASSED, "");
	}

	static CaseResult failed(String id, String detail) {
		return new CaseResult(id, Verdict.FAILED, detail);
	}

	static CaseResult skipped(String id, String detail) {
		return new CaseResult(id, Verdict.SKIPPED, detail);
	}

	/**
	 * Reports the verdict to JUnit: a failure fails the test with the detail, a skip
	 * aborts it as an unmet assumption.
	 */
	void report() {
		if (this.verdict == Verdict.FAILED) {
			fail(this.id + " failed: " + this.detail);
		}
		if (this.verdict == Verdict.SKIPPED) {
			Assumptions.abort(this.id + " skipped: " + this.detail);
		}
	}

	/**
	 * The verdict of a case run.
	 */
	enum Verdict {

		PASSED, FAILED, SKIPPED

	}

}
