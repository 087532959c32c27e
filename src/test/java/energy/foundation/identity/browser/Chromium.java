package energy.foundation.identity.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the machine's own headless Chromium through its own chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}). Selenium Manager never runs: the driver
 * is named explicitly, so nothing is downloaded and the network is never asked.
 * {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…} point elsewhere.
 */
final class Chromium {

	static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/**
	 * A new headless Chromium with a fresh profile, its window the given size.
	 */
	static ChromeDriver start(int width, int height) {
		requireInstalled(CHROMIUM, CHROMEDRIVER);
		Path home = newHome();
		// the property is what Selenium looks for before it would reach for
		// Selenium Manager
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(home.resolve("chromedriver.log").toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options(home.resolve("profile"), width, height));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static ChromeOptions options(Path profile, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The machines have no internet: every background connection Chromium
		// would open (updates, sync, field trials, QUIC probes) is switched off,
		// or it is refused many at a time.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions",
				"--disable-features=MediaRouter,OptimizationHints,Translate", "--password-store=basic",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		return options;
	}

	/**
	 * Fails with a message that says what to install when either program is missing.
	 */
	static void requireInstalled(Path chromium, Path chromedriver) {
		if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
			throw new IllegalStateException("The browser tests need Chromium at " + chromium + " and chromedriver at "
					+ chromedriver + ", and at least one is missing. On Debian or Ubuntu install them with "
					+ "'apt-get install -y chromium chromium-driver' (.ci/run does this), or point "
					+ "-Dbrowser.chromium and -Dbrowser.chromedriver at your own.");
		}
	}

	// a directory of its own for each browser: the profile and chromedriver's log
	private static Path newHome() {
		try {
			Path parent = Files.createDirectories(Path.of("target", "chromium"));
			return Files.createTempDirectory(parent, "browser-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
