package energy.foundation.identity.browser;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.support.LocalIdentityProvider.SignInClaims;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant administrators signing in and out in a browser, through the real OpenID Connect
 * code flow: who gets in, what the refused are told, and that signing out ends the
 * session.
 */
class TenantSignInBrowserIntegrationTests extends SharedServiceBrowserTests {

	@Test
	void signInWhenTenantAdministratorThenOverviewShowsTheOrganisation() {
		Onboarded contoso = onboard("Contoso");

		signInAsAdministrator(contoso, "Avery Ng");

		assertThat(browser().text(By.tagName("h1"))).isEqualTo("Contoso");
		assertThat(browser().text(By.cssSelector(".site-nav .who"))).isEqualTo("Avery Ng");
	}

	@Test
	void signInWhenTenantNotOnboardedThenRefusalPageSaysSo() {
		UUID unknown = UUID.randomUUID();
		provider.signInAs(SignInClaims.tenantAdministrator(unknown));

		pressSignIn("refused-not-onboarded");

		assertThat(browser().mainText()).contains("Your organisation is not onboarded", unknown.toString());
		assertThat(browser().open("/admin", "admin-after-refusal").currentPath()).isEqualTo("/sign-in");
	}

	@Test
	void signInWhenRoleNotAssignedThenRefusalPageSaysHowToAssignIt() {
		Onboarded northwind = onboard("Northwind Traders");
		provider.signInAs(SignInClaims.tenantAdministrator(northwind.tenantId()).withRoles(List.of("Reader")));

		pressSignIn("refused-role-missing");

		assertThat(browser().mainText()).contains("Tenant Administrator role not assigned", "Users and groups")
			.doesNotContain("Northwind Traders");
		assertThat(browser().open("/admin", "admin-after-refusal").currentPath()).isEqualTo("/sign-in");
	}

	@Test
	void signOutWhenPressedThenAdminPagesLeadToSignInAgain() {
		Onboarded litware = onboard("Litware");
		signInAsAdministrator(litware, "Avery Ng");

		signOut();

		assertThat(browser().currentPath()).isEqualTo("/?signed-out");
		assertThat(browser().text(By.cssSelector("main [role=status]"))).isEqualTo("You are signed out.");
		browser().back("back-to-admin");
		assertThat(browser().currentPath()).isEqualTo("/sign-in");
		assertThat(browser().pageSource()).doesNotContain("Litware");
		browser().open("/admin", "admin-after-sign-out");
		assertThat(browser().currentPath()).isEqualTo("/sign-in");
	}

	@Test
	void overviewWhenOnPhoneThenFitsTheScreenWidth() {
		Onboarded tailspin = onboard("Tailspin Toys");
		signInAsAdministrator(tailspin, "Avery Ng");
		browser().resize(Browser.PHONE);

		browser().open("/admin", "overview-phone");

		assertThat(browser().horizontalOverflow()).isZero();
		assertThat(browser().text(By.tagName("h1"))).isEqualTo("Tailspin Toys");
	}

}
