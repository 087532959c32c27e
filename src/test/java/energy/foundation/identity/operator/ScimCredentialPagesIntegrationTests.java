package energy.foundation.identity.operator;

import energy.foundation.identity.credential.IssuedCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's SCIM credentials on its operator console page.
 */
class ScimCredentialPagesIntegrationTests extends ConsolePageTestSupport {

	@Autowired
	private ScimCredentials credentials;

	@Test
	void showWhenOrganisationHasCredentialThenListsMetadataNeverSecret() throws Exception {
		Organisation organisation = onboard("Credential Co");
		IssuedCredential issued = this.credentials.issue(organisation.id(), "Entra production", null, "Avery Admin");

		this.mvc.perform(get("/operator/organisations/" + organisation.id()).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entra production")))
			.andExpect(content().string(containsString(issued.prefix())))
			.andExpect(content().string(not(containsString(issued.secret()))));
	}

	@Test
	void revokeWhenConfirmedThenCredentialStopsWorking() throws Exception {
		Organisation organisation = onboard("Revoking Co");
		IssuedCredential issued = this.credentials.issue(organisation.id(), "Leaked", null, "Avery Admin");

		this.mvc.perform(
				post("/operator/organisations/" + organisation.id() + "/scim-credentials/" + issued.id() + "/revoke")
					.with(csrf())
					.with(ConsoleSignIn.operator()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations/" + organisation.id() + "#scim-credentials"));

		assertThat(this.credentials.authenticate(organisation.id(), issued.secret())).isEmpty();
	}

	@Test
	void revokeWhenCredentialOfAnotherOrganisationThenNotFoundPage() throws Exception {
		Organisation organisation = onboard("Own Co");
		Organisation other = onboard("Other Co");
		IssuedCredential issued = this.credentials.issue(other.id(), "Not yours", null, "Avery Admin");

		this.mvc.perform(
				post("/operator/organisations/" + organisation.id() + "/scim-credentials/" + issued.id() + "/revoke")
					.with(csrf())
					.with(ConsoleSignIn.operator()))
			.andExpect(status().isNotFound());

		assertThat(this.credentials.authenticate(other.id(), issued.secret())).isPresent();
	}

	@Test
	void revokeWhenTenantAdministratorThenForbidden() throws Exception {
		Organisation organisation = onboard("Admin Co");
		IssuedCredential issued = this.credentials.issue(organisation.id(), "Kept", null, "Avery Admin");

		this.mvc.perform(
				post("/operator/organisations/" + organisation.id() + "/scim-credentials/" + issued.id() + "/revoke")
					.with(csrf())
					.with(ConsoleSignIn.tenantAdministrator(organisation.id())))
			.andExpect(status().isForbidden());

		assertThat(this.credentials.authenticate(organisation.id(), issued.secret())).isPresent();
	}

}
