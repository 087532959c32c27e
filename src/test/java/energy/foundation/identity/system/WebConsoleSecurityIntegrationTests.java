package energy.foundation.identity.system;

import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.ConsoleSignIn;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
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

}
