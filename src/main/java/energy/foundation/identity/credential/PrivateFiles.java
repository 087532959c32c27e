package energy.foundation.identity.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that only the service's own user may read (mode {@code rw-------} where
 * the file system knows POSIX permissions).
 */
final class PrivateFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/**
	 * Writes a new file, never replacing an existing one.
	 * @return {@code false} if the file exists already (and was left alone)
	 */
	static boolean createNew(Path file, String content) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path directory = absolute.getParent();
		if (directory == null) {
			throw new IOException("Cannot write a file at the root of the file system: " + absolute);
		}
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp", ownerOnly(directory));
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			restrict(temporary);
			// A rename without REPLACE_EXISTING keeps a file another process wrote first.
			Files.move(temporary, file);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Whether users other than the owner may read or write the file.
	 */
	static boolean isShared(Path file) throws IOException {
		if (!isPosix(file)) {
			return false;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		return !OWNER_ONLY.containsAll(permissions);
	}

	private static void restrict(Path file) throws IOException {
		if (isPosix(file)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path directory) {
		if (!isPosix(directory)) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) };
	}

	private static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
