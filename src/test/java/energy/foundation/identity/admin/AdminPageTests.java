package energy.foundation.identity.admin;

import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the admin app's page tests: MockMvc with the security filter chain, and two
 * organisations of its own for every test, so that each test can show that the other
 * organisation's data stays out of sight. Subclasses choose the database.
 */
@SpringBootTest
abstract class AdminPageTests {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private Organisations organisations;

	protected MockMvc mvc;

	protected Organisation organisation;

	protected Organisation otherOrganisation;

	@BeforeEach
	void setUpPages() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		this.organisation = this.organisations.create("Contoso " + UUID.randomUUID(), UUID.randomUUID().toString());
		this.otherOrganisation = this.organisations.create("Fabrikam " + UUID.randomUUID(),
				UUID.randomUUID().toString());
	}

	/**
	 * Signs the request in as a tenant administrator of {@link #organisation}.
	 */
	protected RequestPostProcessor admin() {
		return ConsoleSignIn.tenantAdministrator(this.organisation.id());
	}

}
