package energy.foundation.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningEvent;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningResourceType;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview and the "Connect Entra ID" page: the organisation's own values, and what
 * to do next.
 */
class OverviewAndConnectPagesIntegrationTests extends AdminPageTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	private ScimCredentials credentials;

	@Autowired
	private ProvisioningLog log;

	@Test
	void overviewWhenProbeArrivedThenShowsHealthAndNoGetStartedNotice() throws Exception {
		probe(this.organisation.id(), 200);
		probe(this.organisation.id(), 401);

		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"requests-24h\">2<")))
			.andExpect(content().string(containsString("1 failed")))
			.andExpect(content().string(not(containsString("id=\"get-started\""))));
	}

	@Test
	void overviewWhenOtherOrganisationHasTrafficThenOwnFiguresStayZero() throws Exception {
		probe(this.otherOrganisation.id(), 200);

		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("id=\"requests-24h\">0<")))
			.andExpect(content().string(containsString("id=\"get-started\"")));
	}

	@Test
	void connectWhenProbeArrivedThenTestConnectionStepDone() throws Exception {
		probe(this.organisation.id(), 200);

		this.mvc.perform(get("/admin/connect").with(admin()))
			.andExpect(content().string(containsString("<li id=\"step-test-connection\" class=\"done\">")));
	}

	private void probe(UUID organisationId, int status) {
		this.log.record(new ProvisioningEvent(organisationId, Instant.now(), ProvisioningOperation.TEST_CONNECTION,
				"Test Connection", ProvisioningResourceType.USER, null, status, null, 5, null, null, List.of(), 0, 0,
				true, "request-" + UUID.randomUUID(), null));
	}

	@Test
	void overviewWhenSignedInThenShowsOwnOrganisationAndScimBaseUrl() throws Exception {
		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.organisation.name())))
			.andExpect(content().string(containsString("/scim/v2/organisations/" + this.organisation.id() + "<")))
			.andExpect(content().string(containsString("data-copy-target=\"scim-base-url\"")))
			.andExpect(content().string(not(containsString(this.otherOrganisation.name()))));
	}

	@Test
	void overviewWhenNothingArrivedThenPointsToConnectPage() throws Exception {
		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"get-started\"")))
			.andExpect(content().string(containsString("href=\"/admin/connect\"")));
	}

	@Test
	void connectWhenSignedInThenShowsOwnTenantUrl() throws Exception {
		this.mvc.perform(get("/admin/connect").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/scim/v2/organisations/" + this.organisation.id() + "<")))
			.andExpect(content().string(not(containsString(this.otherOrganisation.id().toString()))));
	}

	@Test
	void connectWhenNoCredentialThenCredentialStepNotDone() throws Exception {
		this.credentials.issue(this.otherOrganisation.id(), "Fabrikam", null, null);

		this.mvc.perform(get("/admin/connect").with(admin()))
			.andExpect(content().string(containsString("<li id=\"step-generate-credential\">")));
	}

	@Test
	void connectWhenCredentialExistsThenCredentialStepDone() throws Exception {
		this.credentials.issue(this.organisation.id(), "Entra", null, null);

		this.mvc.perform(get("/admin/connect").with(admin()))
			.andExpect(content()
				.string(matchesPattern("(?s).*<li id=\"step-generate-credential\" class=\"done\">\\s*<h2 class=\"h3\">"
						+ "<span class=\"visually-hidden\">Done: </span>.*")));
	}

}
