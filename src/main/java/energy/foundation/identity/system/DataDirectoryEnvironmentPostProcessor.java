package energy.foundation.identity.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code foundation.data-dir} an absolute path before anything uses it, so that
 * {@code FOUNDATION_DATA_DIR=data} works as well as {@code ./data} (H2 refuses file URLs
 * that are implicitly relative to the working directory).
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "foundation.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			return;
		}
		Path directory = Path.of(configured.strip()).toAbsolutePath().normalize();
		createOwnerOnly(directory);
		String absolute = directory.toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("foundationDataDirectory", Map.of(PROPERTY, absolute)));
	}

	/**
	 * Creates a missing data directory readable by the service's user only: it holds the
	 * database of the embedded default, the credential hash key and the bootstrap
	 * operator token. An existing directory is left as its owner set it.
	 */
	private static void createOwnerOnly(Path directory) {
		if (Files.isDirectory(directory)) {
			return;
		}
		try {
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createDirectories(directory,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
