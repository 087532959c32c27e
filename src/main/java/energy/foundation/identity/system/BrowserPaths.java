package energy.foundation.identity.system;

/**
 * Which paths people open in a browser, as opposed to the machine interfaces (SCIM, the
 * operator API, Actuator) that answer errors as JSON.
 */
final class BrowserPaths {

	private BrowserPaths() {
	}

	/**
	 * Whether errors on this path (relative to the context path) get an HTML page.
	 */
	static boolean isBrowserPath(String path) {
		return !(isUnder(path, "/scim") || isUnder(path, "/operator/api") || isUnder(path, "/actuator"));
	}

	private static boolean isUnder(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

}
