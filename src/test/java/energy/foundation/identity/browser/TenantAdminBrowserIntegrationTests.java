package energy.foundation.identity.browser;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant admin app in a browser, end to end: an administrator signed in through the
 * real OpenID Connect code flow sets up provisioning, SCIM requests arrive over HTTP as
 * Entra ID sends them, and the pages show what arrived.
 */
class TenantAdminBrowserIntegrationTests extends SharedServiceBrowserTests {

	@Test
	void setUpWhenAdministratorConnectsEntraThenEveryStepShowsInTheApp() {
		Onboarded contoso = onboard("Contoso");
		signInAsAdministrator(contoso, "Avery Ng");
		assertThat(browser().text(By.id("organisation-name"))).isEqualTo("Contoso");
		Issued issued = generateCredential("Entra ID production");
		HttpCaller scim = new HttpCaller(issued.scimBaseUrl(), issued.secret());
		HttpResult member = scim.post("/Users", EntraUsers.member("avery.ng", "contoso.com", "Avery", "Ng"));
		HttpResult guest = scim.post("/Users",
				EntraUsers.guest("sam.lee", "fabrikam.com", "contoso.com", "Sam", "Lee"));
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		assertThat(guest.status()).as(guest.body()).isEqualTo(201);

		browser().open("/admin/users", "users");
		String guestId = guest.json().get("id").asString();
		String guestRow = browser().text(By.id("user-" + guestId));
		assertThat(guestRow).contains("Sam Lee", "Guest", "from fabrikam.com");
		assertThat(browser().text(By.id("user-" + member.json().get("id").asString()))).contains("Member")
			.doesNotContain("Guest");

		browser().press(By.linkText("sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com"), "user-detail");
		assertThat(browser().text(By.id("user-heading"))).isEqualTo("Sam Lee");
		assertThat(browser().text(By.id("user-id"))).isEqualTo(guestId);

		By guestEntry = By.xpath("//tr[contains(., 'User " + guestId.substring(0, 8) + "')]");
		browser().openUntil("/admin/provisioning-log", guestEntry, "provisioning-log");
		assertThat(browser().text(guestEntry)).contains("Created user", "Accepted", "201");
		browser().saveWindow(DOCS_IMAGES.resolve("provisioning-log.png"));
		browser().open("/admin", "overview-after-provisioning");
		browser().saveWindow(DOCS_IMAGES.resolve("overview.png"));

		revokeCredential("Entra ID production");
		HttpResult refused = scim.get("/Users");
		assertThat(refused.status()).isEqualTo(401);

		By rejected = By.cssSelector(".log-table tbody tr");
		browser().openUntil("/admin/provisioning-log?outcome=REJECTED", rejected, "provisioning-log-rejected");
		assertThat(browser().text(rejected)).contains("Rejected", "401");
	}

	private Issued generateCredential(String label) {
		browser().open("/admin/credentials", "credentials");
		browser().type(By.id("credential-label"), label);
		browser().press(By.id("generate-credential"), "credential-generated");
		return new Issued(browser().text(By.id("scim-base-url")), browser().text(By.id("secret")));
	}

	private void revokeCredential(String label) {
		browser().open("/admin/credentials", "credentials-before-revocation");
		browser().clickable(By.xpath("//tr[th[normalize-space()='" + label + "']]//summary")).click();
		browser().press(By.xpath("//button[normalize-space()='Revoke " + label + "']"), "credential-revoked");
		assertThat(browser().text(By.id("revoked-notice"))).contains(label);
	}

	private record Issued(String scimBaseUrl, String secret) {
	}

}
