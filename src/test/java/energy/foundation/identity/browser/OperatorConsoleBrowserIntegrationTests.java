package energy.foundation.identity.browser;

import java.util.UUID;

import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator console in a browser, from the first account onwards. The service runs on
 * a PostgreSQL schema of its own, where no operator account exists yet.
 */
class OperatorConsoleBrowserIntegrationTests extends BrowserTests {

	private static final String PASSWORD = "correct horse battery staple";

	@DynamicPropertySource
	static void service(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, "browser_operators");
	}

	@Test
	void consoleWhenFirstOperatorSetsUpThenEveryActionIsAudited() {
		browser().open("/operator/setup", "setup");
		browser().type(By.id("token"), OPERATOR_TOKEN)
			.type(By.id("username"), "riley")
			.type(By.id("displayName"), "Riley Operator")
			.type(By.id("password"), PASSWORD)
			.type(By.id("confirmation"), PASSWORD);
		browser().press(By.xpath("//button[normalize-space()='Create the account']"), "setup-done");
		assertThat(browser().currentPath()).startsWith("/operator/sign-in");

		browser().type(By.id("username"), "riley").type(By.id("password"), PASSWORD);
		browser().press(By.xpath("//main//button[normalize-space()='Sign in']"), "signed-in");
		assertThat(browser().currentPath()).startsWith("/operator");

		String tenantId = UUID.randomUUID().toString();
		browser().open("/operator/organisations/new", "new-organisation");
		browser().type(By.id("name"), "Woodgrove Bank").type(By.id("entra-tenant-id"), tenantId);
		browser().press(By.id("create-organisation"), "organisation");
		assertThat(browser().text(By.id("organisation-name"))).isEqualTo("Woodgrove Bank");
		assertThat(browser().text(By.id("organisation-tenant-id"))).isEqualTo(tenantId);

		browser().type(By.id("instance-name"), "Production");
		browser().press(By.id("create-instance"), "instance-added");
		assertThat(browser().text(By.id("instances-table"))).contains("Production");

		String oktaBefore = browser().text(By.id("sign-in-provider-okta-state"));
		browser().press(By.id("toggle-sign-in-provider-okta"), "okta-toggled");
		assertThat(browser().text(By.id("sign-in-provider-okta-state"))).isNotEqualTo(oktaBefore);

		browser().clickable(By.id("suspend-organisation")).click();
		browser().press(By.id("confirm-suspend-organisation"), "suspended");
		assertThat(browser().text(By.id("suspended-notice"))).contains("suspended");

		browser().open("/operator/audit-log", "audit-log");
		assertThat(browser().mainText()).contains("Riley Operator", "organisation.created", "instance.created",
				"sign-in-provider.enabled", "organisation.suspended", "Woodgrove Bank", "Production");
	}

}
