package energy.foundation.identity.browser;

import java.util.List;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One organisation's administrator in a browser, trying another organisation's user,
 * group, credential and provisioning log entry ids in URLs: each is the not-found page,
 * with nothing of the other organisation in it.
 */
class TenantIsolationBrowserIntegrationTests extends SharedServiceBrowserTests {

	@Test
	void pagesWhenAnotherOrganisationsIdsInUrlThenNotFoundWithNothingOfIt() {
		Onboarded contoso = onboard("Contoso");
		Onboarded fabrikam = onboard("Fabrikam");
		signInAsAdministrator(contoso, "Avery Ng");
		Issued issued = generateCredential("Contoso Entra ID");
		HttpCaller scim = new HttpCaller(issued.scimBaseUrl(), issued.secret());
		HttpResult user = scim.post("/Users", EntraUsers.member("dana.fox", "contoso.com", "Dana", "Fox"));
		HttpResult group = scim.post("/Groups", EntraUsers.group("Contoso Buyers"));
		assertThat(user.status()).as(user.body()).isEqualTo(201);
		assertThat(group.status()).as(group.body()).isEqualTo(201);
		String credentialId = credentialId("Contoso Entra ID");
		String logEntryPath = firstLogEntryPath();
		signOut();

		signInAsAdministrator(fabrikam, "Sam Lee");
		List<String> foreign = List.of("/admin/users/" + user.json().get("id").asString(),
				"/admin/groups/" + group.json().get("id").asString(), logEntryPath);
		for (String path : foreign) {
			browser().open(path, "foreign-" + path.replaceAll(".*/admin/", "").replaceAll("/.*", ""));
			assertNotFoundWithNothingOf(contoso);
		}
		generateCredential("Fabrikam Entra ID");
		revokeOtherThroughOwnForm(credentialId);
		assertNotFoundWithNothingOf(contoso);

		assertThat(scim.get("/Users").status()).isEqualTo(200);
	}

	private void assertNotFoundWithNothingOf(Onboarded other) {
		assertThat(browser().text(By.tagName("h1"))).isEqualTo("Not found");
		assertThat(browser().pageSource()).doesNotContain(other.name(), "dana.fox", "Dana Fox", "Contoso Buyers",
				"Contoso Entra ID");
	}

	private String credentialId(String label) {
		browser().open("/admin/credentials", "credentials");
		String rowId = browser().visible(By.xpath("//tr[th[normalize-space()='" + label + "']]")).getAttribute("id");
		return rowId.substring("credential-".length());
	}

	private String firstLogEntryPath() {
		By entry = By.cssSelector(".log-table a[href*='/admin/provisioning-log/']");
		browser().openUntil("/admin/provisioning-log", entry, "provisioning-log");
		String href = browser().visible(entry).getAttribute("href");
		return href.substring(browser().rootUrl().length());
	}

	// The page offers a revoke form for the administrator's own credentials only; one
	// forged for another organisation's credential must find nothing.
	private void revokeOtherThroughOwnForm(String credentialId) {
		browser().open("/admin/credentials", "own-credentials");
		browser().run("document.querySelector(\"form[action*='/revoke']\").action = " + "'/admin/credentials/"
				+ credentialId + "/revoke';");
		browser().clickable(By.cssSelector("details.confirm summary")).click();
		browser().press(By.cssSelector("form[action*='/revoke'] button"), "forged-revoke");
	}

	private Issued generateCredential(String label) {
		browser().open("/admin/credentials", "credentials");
		browser().type(By.id("credential-label"), label);
		browser().press(By.id("generate-credential"), "credential-generated");
		return new Issued(browser().text(By.id("scim-base-url")), browser().text(By.id("secret")));
	}

	private record Issued(String scimBaseUrl, String secret) {
	}

}
