package energy.foundation.identity.admin;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.credential.IssuedMachineClient;
import energy.foundation.identity.credential.MachineClient;
import energy.foundation.identity.credential.MachineClients;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The machine clients page of an instance: creating (secret shown once), listing and
 * revoking, always within the signed-in administrator's organisation.
 */
class MachineClientsPageIntegrationTests extends AdminPageTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	private MachineClients clients;

	@Autowired
	private Instances instances;

	@Autowired
	private AuditLog auditLog;

	private Instance instance;

	private Instance otherInstance;

	@BeforeEach
	void createInstances() {
		this.instance = this.instances.create(this.organisation.id(), "Production");
		this.otherInstance = this.instances.create(this.otherOrganisation.id(), "Fabrikam production");
	}

	@Test
	void listWhenNoClientThenSaysSo() throws Exception {
		this.mvc.perform(get(page(this.instance)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-clients\"")))
			.andExpect(content().string(containsString("Machine clients of <span>Production</span>")))
			.andExpect(content().string(containsString("/oauth2/token")));
	}

	@Test
	void listWhenClientsThenShowsThisInstancesOnly() throws Exception {
		Instance test = this.instances.create(this.organisation.id(), "Test");
		this.clients.create(this.organisation.id(), this.instance.id(), "Production backend", null);
		this.clients.create(this.organisation.id(), test.id(), "Test backend", null);
		this.clients.create(this.otherOrganisation.id(), this.otherInstance.id(), "Fabrikam backend", null);

		this.mvc.perform(get(page(this.instance)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Production backend")))
			.andExpect(content().string(not(containsString("Test backend"))))
			.andExpect(content().string(not(containsString("Fabrikam backend"))));
	}

	@Test
	void createWhenLabelGivenThenShowsSecretOnceWithoutCachingAndAudits() throws Exception {
		MvcResult result = this.mvc
			.perform(post(page(this.instance)).with(admin()).with(csrf()).param("label", "Production backend"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("will not be shown again")))
			.andReturn();

		List<MachineClient> created = this.clients.list(this.organisation.id(), this.instance.id());
		assertThat(created).singleElement().satisfies((client) -> {
			assertThat(client.label()).isEqualTo("Production backend");
			assertThat(client.createdBy()).isEqualTo("Avery Admin");
			assertThat(result.getResponse().getContentAsString()).contains(client.clientId());
		});
		String body = result.getResponse().getContentAsString();
		assertThat(body).containsPattern("id=\"secret\"[^>]*>fics_[A-Za-z0-9_-]{43}<");
		assertThat(body).contains("/oauth2/token").contains("/api/v1");
		assertThat(body).contains("id=\"token-lifetime\">10 minutes<");
		List<AuditLogEntry> audit = this.auditLog.search(AuditLogQuery.ofOrganisation(this.organisation.id(), 10))
			.entries();
		assertThat(audit).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("machine-client.created");
			assertThat(entry.target()).isEqualTo(created.get(0).id().toString());
			assertThat(entry.detail()).doesNotContain("fics_");
		});
	}

	@Test
	void listWhenSecretWasShownThenNeverShowsItAgain() throws Exception {
		String created = this.mvc
			.perform(post(page(this.instance)).with(admin()).with(csrf()).param("label", "Production backend"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = created.replaceAll("(?s).*id=\"secret\"[^>]*>(fics_[A-Za-z0-9_-]{43})<.*", "$1");
		// without the secret found, the check below would pass on any page
		assertThat(secret).matches("fics_[A-Za-z0-9_-]{43}");

		this.mvc.perform(get(page(this.instance)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Production backend")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void createWhenLabelBlankThenFormMessageAndNothingCreated() throws Exception {
		this.mvc.perform(post(page(this.instance)).with(admin()).with(csrf()).param("label", "  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"client-label-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		assertThat(this.clients.list(this.organisation.id(), this.instance.id())).isEmpty();
	}

	@Test
	void createWhenNoCsrfTokenThenForbidden() throws Exception {
		this.mvc.perform(post(page(this.instance)).with(admin()).param("label", "x")).andExpect(status().isForbidden());

		assertThat(this.clients.list(this.organisation.id(), this.instance.id())).isEmpty();
	}

	@Test
	void createWhenInstanceRetiredThenRefusedWithMessage() throws Exception {
		this.instances.retire(this.organisation.id(), this.instance.id());

		this.mvc.perform(post(page(this.instance)).with(admin()).with(csrf()).param("label", "Late backend"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"retired-notice\"")))
			.andExpect(content().string(not(containsString("id=\"create-client-form\""))));

		assertThat(this.clients.list(this.organisation.id(), this.instance.id())).isEmpty();
	}

	@Test
	void pagesWhenInstanceOfAnotherOrganisationThenNotFound() throws Exception {
		IssuedMachineClient foreign = this.clients.create(this.otherOrganisation.id(), this.otherInstance.id(),
				"Fabrikam backend", null);

		this.mvc.perform(get(page(this.otherInstance)).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")))
			.andExpect(content().string(not(containsString("Fabrikam"))));
		this.mvc.perform(post(page(this.otherInstance)).with(admin()).with(csrf()).param("label", "Intruder"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page(this.otherInstance) + "/" + foreign.id() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.clients.list(this.otherOrganisation.id(), this.otherInstance.id())).singleElement()
			.satisfies((client) -> assertThat(client.revoked()).isFalse());
	}

	@Test
	void pagesWhenInstanceIdMalformedOrUnknownThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/instances/not-a-uuid/clients").with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/instances/" + UUID.randomUUID() + "/clients").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void revokeWhenOwnClientThenRevokedAndRedirected() throws Exception {
		IssuedMachineClient issued = this.clients.create(this.organisation.id(), this.instance.id(), "Old backend",
				null);

		this.mvc.perform(post(page(this.instance) + "/" + issued.id() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page(this.instance)))
			.andExpect(flash().attribute("revoked", "Old backend"));

		assertThat(this.clients.find(this.organisation.id(), this.instance.id(), issued.id())).get()
			.satisfies((client) -> assertThat(client.revoked()).isTrue());
	}

	@Test
	void revokeWhenClientOfAnotherInstanceThenNotFound() throws Exception {
		Instance test = this.instances.create(this.organisation.id(), "Test");
		IssuedMachineClient other = this.clients.create(this.organisation.id(), test.id(), "Test backend", null);

		this.mvc.perform(post(page(this.instance) + "/" + other.id() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.clients.find(this.organisation.id(), test.id(), other.id())).get()
			.satisfies((client) -> assertThat(client.revoked()).isFalse());
	}

	private static String page(Instance instance) {
		return "/admin/instances/" + instance.id() + "/clients";
	}

}
