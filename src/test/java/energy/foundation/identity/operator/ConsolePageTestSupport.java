package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The operator console's pages through MockMvc, signed in as an operator, on the embedded
 * H2 default. Each test onboards organisations of its own.
 */
@SpringBootTest
abstract class ConsolePageTestSupport {

	@Autowired
	protected WebApplicationContext context;

	@Autowired
	protected Organisations organisations;

	protected MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void setUpMockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	protected Organisation onboard(String name) {
		return this.organisations.create(name, UUID.randomUUID().toString());
	}

}
