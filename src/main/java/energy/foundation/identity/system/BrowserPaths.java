package energy.foundation.identity.system;

/**
 * Which paths people open in a browser, as opposed to the machine interfaces (SCIM, the
 * operator API, Actuator, the directory API with its token endpoint and OpenAPI
 * description) that answer errors as JSON.
 */
final class BrowserPaths {

	private BrowserPaths() {
	}

	/**
	 * Whether errors on this path (relative to the context path) get an HTML page.
	 */
	static boolean isBrowserPath(String path) {
		return !(isUnder(path, "/scim") || isUnder(path, "/operator/api") || isUnder(path, "/actuator")
				|| isUnder(path, "/api") || isUnder(path, "/oauth2/token") || isUnder(path, "/oauth2/jwks")
				|| isUnder(path, "/.well-known") || isUnder(path, "/v3/api-docs"));
	}

	private static boolean isUnder(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

}
