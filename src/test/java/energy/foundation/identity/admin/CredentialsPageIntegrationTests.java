package energy.foundation.identity.admin;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.credential.IssuedCredential;
import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.support.TestDatabases;
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
 * The SCIM credentials page: generating (secret shown once), listing and revoking, always
 * within the signed-in administrator's organisation.
 */
class CredentialsPageIntegrationTests extends AdminPageTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	private ScimCredentials credentials;

	@Test
	void listWhenNoCredentialThenExplainsWhatToDo() throws Exception {
		this.mvc.perform(get("/admin/credentials").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-credentials\"")))
			.andExpect(content().string(not(containsString("id=\"credentials-table\""))));
	}

	@Test
	void listWhenCredentialsThenShowsOwnOnly() throws Exception {
		this.credentials.issue(this.organisation.id(), "Entra production", null, null);
		this.credentials.issue(this.otherOrganisation.id(), "Fabrikam secret", null, null);

		this.mvc.perform(get("/admin/credentials").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entra production")))
			.andExpect(content().string(containsString("badge-ok")))
			.andExpect(content().string(not(containsString("Fabrikam secret"))));
	}

	@Test
	void generateWhenLabelGivenThenShowsSecretOnceWithoutCaching() throws Exception {
		MvcResult result = this.mvc.perform(
				post("/admin/credentials").with(admin()).with(csrf()).param("label", "Entra ID").param("expires", ""))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("will not be shown again")))
			.andReturn();

		List<ScimCredential> issued = this.credentials.list(this.organisation.id());
		assertThat(issued).singleElement().satisfies((credential) -> {
			assertThat(credential.label()).isEqualTo("Entra ID");
			assertThat(result.getResponse().getContentAsString()).contains(credential.prefix());
		});
		assertThat(result.getResponse().getContentAsString())
			.containsPattern("id=\"secret\"[^>]*>fisc_[A-Za-z0-9_-]{43}<");
	}

	@Test
	void listWhenSecretWasGeneratedThenNeverShowsItAgain() throws Exception {
		String page = this.mvc.perform(post("/admin/credentials").with(admin()).with(csrf()).param("label", "Entra ID"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*id=\"secret\"[^>]*>(fisc_[A-Za-z0-9_-]{43})<.*", "$1");

		this.mvc.perform(get("/admin/credentials").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entra ID")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void generateWhenExpiryGivenThenCredentialExpiresAtEndOfThatDay() throws Exception {
		this.mvc
			.perform(post("/admin/credentials").with(admin())
				.with(csrf())
				.param("label", "Expiring")
				.param("expires", "2099-06-30"))
			.andExpect(status().isOk());

		assertThat(this.credentials.list(this.organisation.id())).singleElement()
			.satisfies((credential) -> assertThat(credential.expiresAt()).hasToString("2099-07-01T00:00:00Z"));
	}

	@Test
	void generateWhenLabelBlankThenFormMessageAndNothingIssued() throws Exception {
		this.mvc.perform(post("/admin/credentials").with(admin()).with(csrf()).param("label", "   "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"credential-label-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		assertThat(this.credentials.list(this.organisation.id())).isEmpty();
	}

	@Test
	void generateWhenExpiryMalformedThenFormMessageAndNothingIssued() throws Exception {
		this.mvc
			.perform(
					post("/admin/credentials").with(admin()).with(csrf()).param("label", "x").param("expires", "31/12"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"credential-expires-error\"")));

		assertThat(this.credentials.list(this.organisation.id())).isEmpty();
	}

	@Test
	void generateWhenExpiryInThePastThenFormMessage() throws Exception {
		this.mvc
			.perform(post("/admin/credentials").with(admin())
				.with(csrf())
				.param("label", "x")
				.param("expires", "2001-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("must be today or later")));
	}

	@Test
	void generateWhenNoCsrfTokenThenForbidden() throws Exception {
		this.mvc.perform(post("/admin/credentials").with(admin()).param("label", "x"))
			.andExpect(status().isForbidden());

		assertThat(this.credentials.list(this.organisation.id())).isEmpty();
	}

	@Test
	void revokeWhenOwnCredentialThenRevokedAndRedirected() throws Exception {
		IssuedCredential issued = this.credentials.issue(this.organisation.id(), "Old secret", null, null);

		this.mvc.perform(post("/admin/credentials/" + issued.id() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/credentials"))
			.andExpect(flash().attribute("revoked", "Old secret"));

		assertThat(this.credentials.find(this.organisation.id(), issued.id())).get()
			.satisfies((credential) -> assertThat(credential.revoked()).isTrue());
	}

	@Test
	void revokeWhenOtherOrganisationsCredentialThenNotFoundAndStillActive() throws Exception {
		IssuedCredential foreign = this.credentials.issue(this.otherOrganisation.id(), "Fabrikam secret", null, null);

		this.mvc.perform(post("/admin/credentials/" + foreign.id() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")))
			.andExpect(content().string(not(containsString("Fabrikam secret"))));

		assertThat(this.credentials.find(this.otherOrganisation.id(), foreign.id())).get()
			.satisfies((credential) -> assertThat(credential.revoked()).isFalse());
	}

	@Test
	void revokeWhenIdMalformedThenNotFound() throws Exception {
		this.mvc.perform(post("/admin/credentials/not-a-uuid/revoke").with(admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void revokeWhenUnknownIdThenNotFound() throws Exception {
		this.mvc.perform(post("/admin/credentials/" + UUID.randomUUID() + "/revoke").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
