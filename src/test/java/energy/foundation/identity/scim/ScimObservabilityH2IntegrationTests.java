package energy.foundation.identity.scim;

import java.util.Map;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of SCIM traffic: the Prometheus timer by organisation, operation
 * and status, the request id on every answer, and the health endpoint.
 */
class ScimObservabilityH2IntegrationTests extends LiveServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void prometheusWhenScimRequestAnsweredThenTimerCarriesOrganisationOperationAndStatus() {
		Tenant tenant = onboardOrganisation("Observed");
		tenant.scim().get("/Users?filter=userName+eq+%22nobody%22");

		HttpResult metrics = new HttpCaller(rootUrl(), OPERATOR_TOKEN).get("/actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("scim_requests_seconds_bucket{operation=\"list\",organisation=\""
				+ tenant.organisationId() + "\",resource=\"Users\",status=\"200\"");
	}

	@Test
	void prometheusWhenNoOperatorTokenThenUnauthorized() {
		HttpResult metrics = new HttpCaller(rootUrl(), null).get("/actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(401);
	}

	@Test
	void prometheusWhenAuthenticationFailsThenOrganisationIsNotATag() {
		Tenant tenant = onboardOrganisation("Refused");
		new HttpCaller(tenant.scimBaseUrl(), "fisc_wrong").get("/Users");

		HttpResult metrics = new HttpCaller(rootUrl(), OPERATOR_TOKEN).get("/actuator/prometheus");

		assertThat(metrics.body()).doesNotContain("organisation=\"" + tenant.organisationId() + "\"");
		assertThat(metrics.body())
			.containsPattern("scim_requests_seconds_count\\{[^}]*organisation=\"none\"[^}]*status=\"401\"");
	}

	@Test
	void healthWhenAnonymousThenUp() {
		HttpResult health = new HttpCaller(rootUrl(), null).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void scimAnswerWhenClientSendsRequestIdThenEchoed() {
		Tenant tenant = onboardOrganisation("Traced");

		HttpResult answer = tenant.scim().send("GET", "/Users", Map.of("X-Request-Id", "trace-42"), null);

		assertThat(answer.header("X-Request-Id")).isEqualTo("trace-42");
	}

}
