package energy.foundation.identity.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the service under test, as a person uses it: open a page, fill
 * in a form, press a button, read what the page says. Every page it lands on is saved as
 * {@code target/screenshots/<scenario>/<nn>-<page>.png}. Waits are explicit (until an
 * element or a new page is there), never a fixed sleep.
 */
final class Browser implements AutoCloseable {

	/** A laptop's window. */
	static final Dimension LAPTOP = new Dimension(1280, 900);

	/** A phone's window (an iPhone 14 in CSS pixels). */
	static final Dimension PHONE = new Dimension(390, 844);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	// generous for a loaded two-core CI machine: a wait ends as soon as its
	// condition holds
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final ChromeDriver driver;

	private final String rootUrl;

	private String scenario = "unnamed";

	private int shots;

	private Browser(ChromeDriver driver, String rootUrl) {
		this.driver = driver;
		this.rootUrl = rootUrl;
	}

	/**
	 * Starts a browser on the service at {@code rootUrl}, in a laptop-sized window.
	 */
	static Browser start(String rootUrl) {
		return new Browser(Chromium.start(LAPTOP.width, LAPTOP.height), rootUrl);
	}

	/**
	 * Begins a scenario: later screenshots go to its own folder, numbered from 01, and
	 * the browser forgets the previous scenario's session and window size.
	 */
	void beginScenario(String name) {
		this.scenario = fileName(name);
		this.shots = 0;
		this.driver.manage().deleteAllCookies();
		resize(LAPTOP);
	}

	String rootUrl() {
		return this.rootUrl;
	}

	/**
	 * Opens a path of the service (or an absolute URL), waits for the page and saves a
	 * screenshot of it.
	 */
	Browser open(String pathOrUrl, String page) {
		this.driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : this.rootUrl + pathOrUrl);
		waitForPage();
		snap(page);
		return this;
	}

	/**
	 * Opens a page again and again until it shows an element, for what the service
	 * records just after it answered (the provisioning log), then saves a screenshot.
	 */
	Browser openUntil(String path, By shown, String page) {
		new WebDriverWait(this.driver, PATIENCE).until((driver) -> {
			driver.get(this.rootUrl + path);
			waitForPage();
			return !driver.findElements(shown).isEmpty();
		});
		snap(page);
		return this;
	}

	/**
	 * Types into a field found by its label's target id or its name.
	 */
	Browser type(By field, String text) {
		WebElement element = visible(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/**
	 * Presses a button or link that leads to another page, waits for that page and saves
	 * a screenshot of it.
	 */
	Browser press(By control, String page) {
		WebElement html = this.driver.findElement(By.tagName("html"));
		clickable(control).click();
		new WebDriverWait(this.driver, PATIENCE).until((driver) -> isReplaced(html));
		waitForPage();
		snap(page);
		return this;
	}

	private static boolean isReplaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			// Chromium sometimes reports a node of a document it has just
			// replaced this way rather than as stale.
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Waits until an element is visible and returns it.
	 */
	WebElement visible(By locator) {
		return new WebDriverWait(this.driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits until an element holds the text, for a page that changes in place.
	 */
	void waitForText(By locator, String text) {
		new WebDriverWait(this.driver, PATIENCE)
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	WebElement clickable(By locator) {
		return new WebDriverWait(this.driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(locator));
	}

	List<WebElement> all(By locator) {
		return this.driver.findElements(locator);
	}

	/**
	 * The visible text of an element, once it is visible.
	 */
	String text(By locator) {
		return visible(locator).getText();
	}

	/**
	 * The visible text of the page's main content.
	 */
	String mainText() {
		return text(By.tagName("main"));
	}

	String title() {
		return this.driver.getTitle();
	}

	/**
	 * The page's HTML as the browser has it now.
	 */
	String pageSource() {
		return this.driver.getPageSource();
	}

	/**
	 * The path (and query) of the page shown, without the service's root URL.
	 */
	String currentPath() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/**
	 * Goes back one page in the history, as the browser's back button does.
	 */
	Browser back(String page) {
		this.driver.navigate().back();
		waitForPage();
		snap(page);
		return this;
	}

	/**
	 * Runs a script in the page, as a person with the browser's developer tools could.
	 */
	void run(String script) {
		((JavascriptExecutor) this.driver).executeScript(script);
	}

	void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	/**
	 * The width of the page's content beyond the window's own, in CSS pixels: more than
	 * zero when the page scrolls sideways.
	 */
	long horizontalOverflow() {
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/**
	 * Saves the whole page (beyond the window, down to its end) as the next numbered
	 * screenshot of the scenario.
	 */
	Path snap(String page) {
		this.shots++;
		Path file = SCREENSHOTS.resolve(this.scenario).resolve("%02d-%s.png".formatted(this.shots, fileName(page)));
		write(file, fullPage());
		return file;
	}

	/**
	 * Saves what the window shows now, at the window's size, to a file of the repository
	 * (the README's pictures).
	 */
	void saveWindow(Path file) {
		write(file, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private void waitForPage() {
		new WebDriverWait(this.driver, PATIENCE).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	// Chromium's DevTools protocol draws the page beyond the window; a plain WebDriver
	// screenshot stops at the window's edge.
	private byte[] fullPage() {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height",
				Math.min(content.get("height").doubleValue(), 8000), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	private static void write(Path file, byte[] png) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
