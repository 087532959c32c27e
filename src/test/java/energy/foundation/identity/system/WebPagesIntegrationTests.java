package energy.foundation.identity.system;

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
 * Error pages and session cookies over HTTP: people get HTML pages, machine interfaces
 * keep their JSON.
 */
class WebPagesIntegrationTests extends LiveServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void unknownPageWhenBrowsedThenHtmlNotFoundPage() {
		HttpResult page = browser().get("/no-such-page");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>Not found</h1>").contains("Foundation Identity");
	}

	@Test
	void unknownScimPathWhenAuthenticatedThenScimJson() {
		Tenant tenant = onboardOrganisation("Error Pages Org");

		HttpResult response = new HttpCaller(tenant.scimBaseUrl(), tenant.secret()).get("/NoSuchResources");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/scim+json"));
		assertThat(response.body()).doesNotContain("<html");
	}

	@Test
	void unknownOperatorApiPathThenProblemJson() {
		HttpResult response = operator().get("/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void sessionCookieWhenCreatedThenHttpOnlySameSiteLaxAndSecure() {
		HttpResult page = browser().get("/sign-in");

		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("HttpOnly")
				.contains("SameSite=Lax")
				.contains("Secure"));
	}

	private HttpCaller browser() {
		return new HttpCaller(rootUrl(), null);
	}

}
