package energy.foundation.identity.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What a developer without a browser is told.
 */
class ChromiumTests {

	@Test
	void requireInstalledWhenDriverMissingThenNamesTheDebianPackages() {
		Path missing = Path.of("target", "no-such-chromedriver");

		assertThatIllegalStateException().isThrownBy(() -> Chromium.requireInstalled(Chromium.CHROMIUM, missing))
			.withMessageContaining("no-such-chromedriver")
			.withMessageContaining("apt-get install -y chromium chromium-driver");
	}

	@Test
	void requireInstalledWhenBothPresentThenPasses() {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");

		assertThatNoException().isThrownBy(() -> Chromium.requireInstalled(java, java));
	}

}
