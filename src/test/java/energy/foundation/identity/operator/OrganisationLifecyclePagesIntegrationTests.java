package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.OrganisationStatus;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviders;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing an organisation from its console page: status, instances and sign-in
 * providers, each recorded in the audit log with the operator as actor.
 */
class OrganisationLifecyclePagesIntegrationTests extends ConsolePageTestSupport {

	@Autowired
	private Instances instances;

	@Autowired
	private SignInProviders signInProviders;

	@Autowired
	private AuditLog auditLog;

	@Test
	void suspendWhenConfirmedThenSuspendedAndAudited() throws Exception {
		Organisation organisation = onboard("Suspend Co");

		this.mvc.perform(operatorPost("/operator/organisations/" + organisation.id() + "/suspend"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations/" + organisation.id()));

		assertThat(this.organisations.find(organisation.id()).orElseThrow().status())
			.isEqualTo(OrganisationStatus.SUSPENDED);
		AuditLogEntry entry = lastEntry(organisation.id());
		assertThat(entry.action()).isEqualTo("organisation.suspended");
		assertThat(entry.actor().kind()).isEqualTo(ActorKind.OPERATOR);
		assertThat(entry.actor().name()).isEqualTo("Riley Operator");
		assertThat(entry.actor().remoteAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void showWhenSuspendedThenOffersReinstate() throws Exception {
		Organisation organisation = onboard("Suspended Co");
		this.organisations.suspend(organisation.id());

		this.mvc.perform(get("/operator/organisations/" + organisation.id()).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-reinstate-organisation\"")))
			.andExpect(content().string(containsString("refused with 403")));
	}

	@Test
	void reinstateWhenConfirmedThenActiveAndAudited() throws Exception {
		Organisation organisation = onboard("Reinstate Co");
		this.organisations.suspend(organisation.id());

		this.mvc.perform(operatorPost("/operator/organisations/" + organisation.id() + "/reinstate"))
			.andExpect(status().isFound());

		assertThat(this.organisations.find(organisation.id()).orElseThrow().status())
			.isEqualTo(OrganisationStatus.ACTIVE);
		assertThat(lastEntry(organisation.id()).action()).isEqualTo("organisation.reinstated");
	}

	@Test
	void suspendWhenUnknownOrganisationThenNotFoundPage() throws Exception {
		this.mvc.perform(operatorPost("/operator/organisations/" + UUID.randomUUID() + "/suspend"))
			.andExpect(status().isNotFound());
	}

	@Test
	void createInstanceWhenNameFreeThenCreatedAndAudited() throws Exception {
		Organisation organisation = onboard("Instance Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/instances").param("name",
					"Production"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations/" + organisation.id() + "#instances"));

		assertThat(this.instances.list(organisation.id(), false)).extracting(Instance::name)
			.containsExactly("Production");
		assertThat(lastEntry(organisation.id()).action()).isEqualTo("instance.created");
	}

	@Test
	void createInstanceWhenNameTakenThenFormMessage() throws Exception {
		Organisation organisation = onboard("Duplicate Co");
		this.instances.create(organisation.id(), "Production");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/instances").param("name",
					"production"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"instance-name-error\"")))
			.andExpect(content().string(containsString("has an active instance with this name already")));
	}

	@Test
	void createInstanceWhenNameBlankThenFormMessage() throws Exception {
		Organisation organisation = onboard("Blank Co");

		this.mvc.perform(operatorPost("/operator/organisations/" + organisation.id() + "/instances").param("name", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The name must not be blank.")));
	}

	@Test
	void renameInstanceWhenNameFreeThenRenamedAndAudited() throws Exception {
		Organisation organisation = onboard("Rename Co");
		Instance instance = this.instances.create(organisation.id(), "Test");

		this.mvc.perform(
				operatorPost("/operator/organisations/" + organisation.id() + "/instances/" + instance.id() + "/rename")
					.param("name", "Staging"))
			.andExpect(status().isFound());

		assertThat(this.instances.find(organisation.id(), instance.id()).orElseThrow().name()).isEqualTo("Staging");
		assertThat(lastEntry(organisation.id()).detail()).isEqualTo("from Test to Staging");
	}

	@Test
	void renameInstanceWhenNameTakenThenFormMessageAtThatInstance() throws Exception {
		Organisation organisation = onboard("Rename Clash Co");
		this.instances.create(organisation.id(), "Production");
		Instance test = this.instances.create(organisation.id(), "Test");

		this.mvc
			.perform(
					operatorPost("/operator/organisations/" + organisation.id() + "/instances/" + test.id() + "/rename")
						.param("name", "Production"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"rename-error-" + test.id() + "\"")));
	}

	@Test
	void retireInstanceWhenConfirmedThenShownAsRetired() throws Exception {
		Organisation organisation = onboard("Retire Co");
		Instance instance = this.instances.create(organisation.id(), "Old");

		this.mvc
			.perform(operatorPost(
					"/operator/organisations/" + organisation.id() + "/instances/" + instance.id() + "/retire"))
			.andExpect(status().isFound());

		assertThat(this.instances.find(organisation.id(), instance.id()).orElseThrow().retired()).isTrue();
		assertThat(lastEntry(organisation.id()).action()).isEqualTo("instance.retired");
		this.mvc.perform(get("/operator/organisations/" + organisation.id()).with(ConsoleSignIn.operator()))
			.andExpect(content().string(containsString("id=\"retired-instance-" + instance.id() + "\"")));
	}

	@Test
	void retireInstanceWhenInstanceOfAnotherOrganisationThenNotFoundPage() throws Exception {
		Organisation organisation = onboard("Own Instance Co");
		Organisation other = onboard("Other Instance Co");
		Instance instance = this.instances.create(other.id(), "Production");

		this.mvc
			.perform(operatorPost(
					"/operator/organisations/" + organisation.id() + "/instances/" + instance.id() + "/retire"))
			.andExpect(status().isNotFound());

		assertThat(this.instances.find(other.id(), instance.id()).orElseThrow().retired()).isFalse();
	}

	@Test
	void signInProviderWhenOktaTurnedOnThenEnabledAndAudited() throws Exception {
		Organisation organisation = onboard("Okta Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/okta")
				.param("enabled", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations/" + organisation.id() + "#sign-in-providers"));

		assertThat(this.signInProviders.settings(organisation.id()).isEnabled(SignInProvider.OKTA)).isTrue();
		AuditLogEntry entry = lastEntry(organisation.id());
		assertThat(entry.action()).isEqualTo("sign-in-provider.enabled");
		assertThat(entry.target()).isEqualTo("okta");
	}

	@Test
	void signInProviderWhenEntraTurnedOffThenDisabled() throws Exception {
		Organisation organisation = onboard("Entra Off Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/entra")
				.param("enabled", "false"))
			.andExpect(status().isFound());

		assertThat(this.signInProviders.settings(organisation.id()).isEnabled(SignInProvider.ENTRA)).isFalse();
	}

	@Test
	void oktaIssuerWhenSetThenStoredAuditedAndShown() throws Exception {
		Organisation organisation = onboard("Okta Issuer Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/okta/issuer")
				.param("issuer", "https://okta-issuer.okta.com/oauth2/default"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations/" + organisation.id() + "#sign-in-providers"));

		assertThat(this.signInProviders.settings(organisation.id()).oktaIssuer())
			.isEqualTo("https://okta-issuer.okta.com/oauth2/default");
		AuditLogEntry entry = lastEntry(organisation.id());
		assertThat(entry.action()).isEqualTo("sign-in-provider.issuer-set");
		assertThat(entry.target()).isEqualTo("okta");
		assertThat(entry.detail()).isEqualTo("https://okta-issuer.okta.com/oauth2/default");
		this.mvc.perform(get("/operator/organisations/" + organisation.id()).with(ConsoleSignIn.operator()))
			.andExpect(content().string(
					containsString("Okta sign-ins must come from " + "https://okta-issuer.okta.com/oauth2/default.")));
	}

	@Test
	void oktaIssuerWhenNotAnHttpsUrlThenProblemShownAndNothingStored() throws Exception {
		Organisation organisation = onboard("Bad Issuer Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/okta/issuer")
				.param("issuer", "http://okta-issuer.okta.com"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", containsString("https URL")));

		assertThat(this.signInProviders.settings(organisation.id()).oktaIssuer()).isNull();
	}

	@Test
	void signInProviderWhenUnknownProviderThenNotFoundPage() throws Exception {
		Organisation organisation = onboard("Unknown Provider Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/saml")
				.param("enabled", "true"))
			.andExpect(status().isNotFound());
	}

	@Test
	void signInProviderWhenEnabledNotBooleanThenBadRequestPage() throws Exception {
		Organisation organisation = onboard("Bad Flag Co");

		this.mvc
			.perform(operatorPost("/operator/organisations/" + organisation.id() + "/sign-in-providers/okta")
				.param("enabled", "maybe"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void showWhenOrganisationExistsThenShowsHealthAndProviders() throws Exception {
		Organisation organisation = onboard("Health Co");

		this.mvc.perform(get("/operator/organisations/" + organisation.id()).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-users\">0<")))
			.andExpect(content().string(containsString("id=\"sign-in-provider-entra-state\"")))
			.andExpect(content().string(containsString("id=\"health-last-request\">never<")));
	}

	@Test
	void suspendWhenTenantAdministratorThenForbidden() throws Exception {
		Organisation organisation = onboard("Admin Suspend Co");

		this.mvc
			.perform(post("/operator/organisations/" + organisation.id() + "/suspend").with(csrf())
				.with(ConsoleSignIn.tenantAdministrator(organisation.id())))
			.andExpect(status().isForbidden());

		assertThat(this.organisations.find(organisation.id()).orElseThrow().status())
			.isEqualTo(OrganisationStatus.ACTIVE);
	}

	private static MockHttpServletRequestBuilder operatorPost(String path) {
		return post(path).with(csrf()).with(ConsoleSignIn.operator());
	}

	private AuditLogEntry lastEntry(UUID organisationId) {
		return this.auditLog.search(AuditLogQuery.ofOrganisation(organisationId, 1)).entries().getFirst();
	}

}
