package energy.foundation.identity.browser;

import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LocalIdentityProvider;
import energy.foundation.identity.support.LocalIdentityProvider.SignInClaims;
import energy.foundation.identity.support.TestDatabases;
import org.openqa.selenium.By;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser suites that share one running service: on this test run's PostgreSQL schema,
 * with tenant administrators signing in through an in-process OpenID Connect provider
 * that stands in for Entra ID and issues Entra-shaped ID tokens ({@code tid},
 * {@code oid}, {@code roles}, {@code name}), and webhooks allowed to plain {@code http}
 * receivers on this machine. The suites keep apart by onboarding organisations of their
 * own.
 */
abstract class SharedServiceBrowserTests extends BrowserTests {

	/** The identity provider; a test chooses the claims of the next sign-in. */
	protected static final LocalIdentityProvider provider = LocalIdentityProvider.shared();

	@DynamicPropertySource
	static void service(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		provider.register(registry);
		// the webhook receivers of the tests listen on plain http at 127.0.0.1
		registry.add("foundation.events.webhooks.allow-local-http", () -> "true");
	}

	/**
	 * Onboards an organisation through the operator API, as support does, with a new
	 * Entra tenant id.
	 */
	protected Onboarded onboard(String name) {
		UUID tenantId = UUID.randomUUID();
		HttpResult created = operator().send("POST", "/organisations", Map.of("Content-Type", "application/json"),
				"{\"name\":\"" + name + "\",\"entraTenantId\":\"" + tenantId + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Onboarded(created.json().get("id").asString(), tenantId, name);
	}

	/**
	 * Signs in as the organisation's tenant administrator the way a person does: the
	 * sign-in page's button, the provider, and back to the overview.
	 */
	protected void signInAsAdministrator(Onboarded organisation, String name) {
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.tenantId()).withName(name));
		pressSignIn("overview");
		assertThat(browser().currentPath()).isEqualTo("/admin");
	}

	/**
	 * Presses "Sign in with Microsoft Entra ID" on the sign-in page and follows the
	 * provider's answer to wherever the service leads.
	 */
	protected void pressSignIn(String landingPage) {
		browser().open("/sign-in", "sign-in");
		browser().press(By.linkText("Sign in with Microsoft Entra ID"), landingPage);
	}

	protected void signOut() {
		browser().press(By.xpath("//button[normalize-space()='Sign out']"), "signed-out");
	}

	/**
	 * An organisation a test onboarded.
	 *
	 * @param id the organisation's id
	 * @param tenantId its Entra tenant id
	 * @param name its name
	 */
	protected record Onboarded(String id, UUID tenantId, String name) {
	}

}
