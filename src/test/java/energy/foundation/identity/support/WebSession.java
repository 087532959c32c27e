package energy.foundation.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A browser's part in tests over HTTP: keeps cookies, follows redirects (also to the
 * identity provider and back), and posts forms with the page's CSRF token. For the
 * session cookie to be sent over plain HTTP, the service must run with
 * {@code server.servlet.session.cookie.secure=false}.
 */
public final class WebSession {

	private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final String rootUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	public WebSession(String rootUrl) {
		this.rootUrl = rootUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * GETs a path of the service (or an absolute URL), following redirects.
	 */
	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
	}

	/**
	 * POSTs a form to a path of the service, following redirects; adds the CSRF token of
	 * {@code page} when one is given.
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields, @Nullable HttpResponse<String> page) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		if (page != null) {
			body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken(page));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Signs in as a tenant administrator: opens the sign-in link and follows the OpenID
	 * Connect flow to wherever it ends.
	 */
	public HttpResponse<String> signInWithEntra() {
		return get("/oauth2/authorization/entra");
	}

	/**
	 * The current session id (the {@code JSESSIONID} cookie), if any.
	 */
	public @Nullable String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The CSRF token a page of the service carries in its {@code csrf-token} meta tag.
	 */
	public static String csrfToken(HttpResponse<String> page) {
		Matcher matcher = CSRF_TOKEN.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("The page carries no CSRF token: " + page.uri());
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.rootUrl + pathOrUrl);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
