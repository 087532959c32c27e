package energy.foundation.identity.scim.compliance;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs every case of a case file against the whole service over HTTP, one dynamic test
 * per case id. Each run onboards two fresh organisations: the first is the case's
 * organisation, the second the one that {@code tenant: 2} steps and
 * <code>${token2}</code> / <code>${base2}</code> stand for. A revoked credential of the
 * first organisation is offered as <code>${revoked_token}</code> (cases needing it are
 * skipped when the operator API cannot revoke).
 */
abstract class CaseFileSuite extends LiveServiceTests {

	/**
	 * The case file's class-path location.
	 */
	abstract String caseFile();

	@TestFactory
	Stream<DynamicTest> casesWhenRunOverHttpThenEachPasses() {
		CaseRunner runner = new CaseRunner(environment());

		return CaseRunner.load(caseFile())
			.stream()
			.map((testCase) -> DynamicTest.dynamicTest(displayName(testCase), () -> runner.run(testCase).report()));
	}

	private CaseEnvironment environment() {
		Tenant first = onboardOrganisation("Compliance first " + getClass().getSimpleName());
		Tenant second = onboardOrganisation("Compliance second " + getClass().getSimpleName());
		Map<String, String> variables = new HashMap<>();
		String revoked = revokedSecret(first);
		if (revoked != null) {
			variables.put("revoked_token", revoked);
		}
		return new CaseEnvironment(absolute(first.scimBaseUrl()), first.secret(), absolute(second.scimBaseUrl()),
				second.secret(), variables, Set.of());
	}

	private String absolute(String url) {
		return url.startsWith("/") ? rootUrl() + url : url;
	}

	private String revokedSecret(Tenant tenant) {
		HttpResult issued = requestCredential(tenant.organisationId(), "to be revoked");
		if (issued.status() != 201) {
			return null;
		}
		JsonNode credential = issued.json();
		HttpResult revoked = revokeCredential(tenant.organisationId(), credential.path("id").asString(""));
		return (revoked.status() / 100 == 2) ? credential.path("secret").asString(null) : null;
	}

	private static String displayName(JsonNode testCase) {
		String summary = testCase.path("summary").asString("");
		return testCase.path("id").asString("(no id)") + " " + CaseExpectation.abbreviate(summary, 100);
	}

}
