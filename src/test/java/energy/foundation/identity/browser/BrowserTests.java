package energy.foundation.identity.browser;

import java.nio.file.Path;

import energy.foundation.identity.support.LiveServiceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end suites in a real browser: the whole service on a random port (on
 * PostgreSQL), one headless Chromium for all the tests of a class, and a screenshot of
 * every page visited, also of the page a test failed on. Each test begins with a browser
 * that has no session and a laptop-sized window.
 */
@TestInstance(Lifecycle.PER_CLASS)
@ExtendWith(FailureScreenshots.class)
abstract class BrowserTests extends LiveServiceTests {

	/**
	 * Where the README's pictures go: refreshed in {@code docs/images} with
	 * {@code -Dbrowser.update-docs-images=true}, else kept under {@code target/} so that
	 * a test run changes no file of the repository.
	 */
	protected static final Path DOCS_IMAGES = Boolean.getBoolean("browser.update-docs-images")
			? Path.of("docs", "images") : Path.of("target", "docs-images");

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start(rootUrl());
	}

	@BeforeEach
	void beginScenario(TestInfo test) {
		this.browser
			.beginScenario(test.getTestMethod().map((method) -> method.getName()).orElse(test.getDisplayName()));
	}

	@AfterAll
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/**
	 * The class's browser.
	 */
	protected Browser browser() {
		return this.browser;
	}

}
