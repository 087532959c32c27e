package energy.foundation.identity.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a browser, at a laptop's and a phone's size.
 */
class PublicPagesBrowserIntegrationTests extends SharedServiceBrowserTests {

	@Test
	void homeWhenOpenedThenOffersBothSignIns() {
		browser().open("/", "home");

		assertThat(browser().text(By.tagName("h1"))).isEqualTo("Foundation Identity");
		assertThat(browser().visible(By.linkText("Sign in with Microsoft Entra ID")).getAttribute("href"))
			.endsWith("/sign-in");
		assertThat(browser().visible(By.linkText("Operator sign-in")).getAttribute("href"))
			.endsWith("/operator/sign-in");
	}

	@Test
	void homeWhenOpenedDirectlyThenSaysNothingAboutSigningOut() {
		browser().open("/", "home");

		assertThat(browser().mainText()).doesNotContain("You are signed out");
	}

	@Test
	void homeWhenReachedAfterSignOutThenSaysSo() {
		browser().open("/?signed-out", "home-signed-out");

		assertThat(browser().text(By.cssSelector("[role=status]"))).isEqualTo("You are signed out.");
	}

	@Test
	void homeWhenOnPhoneThenFitsTheScreenWidth() {
		browser().resize(Browser.PHONE);

		browser().open("/", "home-phone");

		assertThat(browser().horizontalOverflow()).isZero();
		assertThat(browser().visible(By.linkText("Operator sign-in")).isDisplayed()).isTrue();
	}

	@Test
	void adminWhenSignedOutThenLeadsToSignIn() {
		browser().open("/admin", "admin-signed-out");

		assertThat(browser().currentPath()).isEqualTo("/sign-in");
	}

	@Test
	void operatorConsoleWhenSignedOutThenLeadsToOperatorSignIn() {
		browser().open("/operator/organisations", "operator-signed-out");

		assertThat(browser().currentPath()).isEqualTo("/operator/sign-in");
	}

}
