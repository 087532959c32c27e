package energy.foundation.identity.operator;

import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation list, onboarding form and organisation page of the operator console.
 */
class OrganisationPagesIntegrationTests extends ConsolePageTestSupport {

	@Test
	void homeWhenOperatorThenRedirectsToOrganisations() throws Exception {
		this.mvc.perform(get("/operator").with(ConsoleSignIn.operator()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/organisations"));
	}

	@Test
	void listWhenSearchingByNameThenShowsOnlyMatches() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		onboard("Fabrikam " + marker);
		onboard("Northwind " + marker);

		this.mvc.perform(get("/operator/organisations").param("q", "fabrikam " + marker).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fabrikam " + marker)))
			.andExpect(content().string(not(containsString("Northwind " + marker))))
			.andExpect(content().string(containsString("Showing 1 to 1 of 1")));
	}

	@Test
	void listWhenMorePagesThenLinksToNextPage() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < OrganisationPageController.PAGE_SIZE + 1; i++) {
			onboard("Paged " + marker + " " + i);
		}

		this.mvc
			.perform(
					get("/operator/organisations").param("q", marker).param("page", "2").with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 26 to 26 of 26")))
			.andExpect(content().string(containsString("id=\"previous-page\"")));
	}

	@Test
	void listWhenPageIsNotANumberThenFirstPage() throws Exception {
		this.mvc.perform(get("/operator/organisations").param("page", "x'1").with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Organisations</h1>")));
	}

	@Test
	void createWhenValidThenRedirectsToOrganisationPage() throws Exception {
		String tenant = UUID.randomUUID().toString();

		MvcResult result = this.mvc
			.perform(post("/operator/organisations").param("name", "Tailspin Toys")
				.param("entraTenantId", tenant)
				.with(csrf())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "Onboarded Tailspin Toys."))
			.andReturn();

		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		assertThat(location).startsWith("/operator/organisations/");
		this.mvc.perform(get(location).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tailspin Toys")))
			.andExpect(content().string(containsString(tenant)));
	}

	@Test
	void createWhenTenantIdMalformedThenFormMessage() throws Exception {
		this.mvc
			.perform(post("/operator/organisations").param("name", "Contoso")
				.param("entraTenantId", "not-a-guid")
				.with(csrf())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"entra-tenant-id-error\"")))
			.andExpect(content().string(containsString("Enter the tenant ID as a GUID")))
			.andExpect(content().string(containsString("value=\"not-a-guid\"")));
	}

	@Test
	void createWhenNameBlankThenFormMessage() throws Exception {
		this.mvc
			.perform(post("/operator/organisations").param("name", "  ")
				.param("entraTenantId", UUID.randomUUID().toString())
				.with(csrf())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("The name must not be blank.")));
	}

	@Test
	void createWhenParametersMissingThenFormMessage() throws Exception {
		this.mvc.perform(post("/operator/organisations").with(csrf()).with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"form-errors\"")));
	}

	@Test
	void createWhenTenantOnboardedThenFormMessageLinksToIt() throws Exception {
		Organisation existing = onboard("Litware");

		this.mvc
			.perform(post("/operator/organisations").param("name", "Litware again")
				.param("entraTenantId", existing.entraTenantId().toString().toUpperCase(Locale.ROOT))
				.with(csrf())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An organisation for this Entra tenant exists already.")))
			.andExpect(content().string(containsString("/operator/organisations/" + existing.id())));
	}

	@Test
	void createWhenNoCsrfTokenThenForbidden() throws Exception {
		this.mvc
			.perform(post("/operator/organisations").param("name", "Contoso")
				.param("entraTenantId", UUID.randomUUID().toString())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isForbidden());
	}

	@Test
	void showWhenUnknownIdThenNotFoundPage() throws Exception {
		this.mvc.perform(get("/operator/organisations/" + UUID.randomUUID()).with(ConsoleSignIn.operator()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Not found</h1>")));
	}

	@Test
	void showWhenMalformedIdThenNotFoundPage() throws Exception {
		this.mvc.perform(get("/operator/organisations/not-an-id").with(ConsoleSignIn.operator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void showWhenTenantAdministratorThenForbidden() throws Exception {
		Organisation organisation = onboard("Adatum");

		this.mvc
			.perform(get("/operator/organisations/" + organisation.id())
				.with(ConsoleSignIn.tenantAdministrator(organisation.id())))
			.andExpect(status().isForbidden());
	}

}
