package energy.foundation.identity.system;

import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.ConsoleSignIn;
import energy.foundation.identity.support.TestDatabases;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web consoles' filter chain: who reaches which pages, and the headers every page
 * carries.
 */
@SpringBootTest
class WebConsoleSecurityIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private Organisations organisations;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	@Test
	void adminWhenNotSignedInThenRedirectsToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void operatorConsoleWhenNotSignedInThenRedirectsToOperatorSignIn() throws Exception {
		this.mvc.perform(get("/operator/organisations"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/sign-in"));
	}

	@Test
	void adminWhenTenantAdministratorThenShowsOwnOrganisation() throws Exception {
		Organisation organisation = this.organisations.create("Skeleton Org", UUID.randomUUID().toString());

		this.mvc.perform(get("/admin").with(ConsoleSignIn.tenantAdministrator(organisation.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skeleton Org")));
	}

	@Test
	void operatorConsoleWhenTenantAdministratorThenForbidden() throws Exception {
		this.mvc.perform(get("/operator").with(ConsoleSignIn.tenantAdministrator(UUID.randomUUID())))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminWhenOperatorThenForbidden() throws Exception {
		this.mvc.perform(get("/admin").with(ConsoleSignIn.operator())).andExpect(status().isForbidden());
	}

	@Test
	void homeWhenAnyoneThenCarriesSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void signInPageWhenNoClientConfiguredThenSaysSoWithoutButton() throws Exception {
		this.mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not set up")))
			.andExpect(content().string(not(containsString("/oauth2/authorization/entra"))));
	}

	@Test
	void authorizationWhenNoClientConfiguredThenNotFoundRatherThanFailure() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/entra")).andExpect(status().isNotFound());
	}

	@Test
	void adminWhenTenantAdministratorThenNavigationNamesThem() throws Exception {
		Organisation organisation = this.organisations.create("Named Org", UUID.randomUUID().toString());

		this.mvc.perform(get("/admin").with(ConsoleSignIn.tenantAdministrator(organisation.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"who\">Avery Admin</span>")));
	}

	@Test
	void adminPageWhenOrganisationUnknownThenNotFoundPageWithoutJson() throws Exception {
		this.mvc.perform(get("/admin").with(ConsoleSignIn.tenantAdministrator(UUID.randomUUID())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void errorPageWhenServerErrorOnBrowserPathThenHtmlWithoutInternals() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Something went wrong")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void errorPageWhenForbiddenOnBrowserPathThenHtml() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/operator/accounts"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You may not open this page")));
	}

	@Test
	void errorPageWhenScimPathThenScimJson() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/scim/v2/nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/scim+json"));
	}

	@Test
	void errorPageWhenActuatorPathThenProblemJson() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/actuator/nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void signInPageWhenLocalSignInOffThenNoBanner() throws Exception {
		this.mvc.perform(get("/sign-in")).andExpect(content().string(not(containsString("Local development sign-in"))));
	}

}
