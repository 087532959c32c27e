package energy.foundation.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends HTTP requests to a running service with a bearer token, as Entra ID or Okta
 * would: JSON bodies as {@code application/scim+json}, nothing else added unless a test
 * asks for it.
 */
public final class HttpCaller {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String baseUrl;

	private final @Nullable String token;

	public HttpCaller(String baseUrl, @Nullable String token) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.token = token;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * A caller on the same base URL with another bearer token, or none.
	 */
	public HttpCaller withToken(@Nullable String otherToken) {
		return new HttpCaller(this.baseUrl, otherToken);
	}

	/**
	 * The absolute URI of a path relative to the base URL, already percent-encoded.
	 */
	public URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	public HttpResult get(String path) {
		return send("GET", path, Map.of(), null);
	}

	public HttpResult delete(String path) {
		return send("DELETE", path, Map.of(), null);
	}

	public HttpResult post(String path, Object body) {
		return send("POST", path, Map.of(), json(body));
	}

	public HttpResult put(String path, Object body) {
		return send("PUT", path, Map.of(), json(body));
	}

	public HttpResult patch(String path, Object body) {
		return send("PATCH", path, Map.of(), json(body));
	}

	/**
	 * Sends a request. {@code headers} are merged over the defaults (bearer token and,
	 * with a body, {@code Content-Type: application/scim+json}); a header mapped to
	 * {@code null} is left out. {@code path} is relative to the base URL and already
	 * percent-encoded.
	 */
	public HttpResult send(String method, String path, Map<String, @Nullable String> headers, @Nullable String body) {
		Map<String, @Nullable String> merged = new LinkedHashMap<>();
		if (this.token != null) {
			merged.put("Authorization", "Bearer " + this.token);
		}
		if (body != null) {
			merged.put("Content-Type", "application/scim+json");
		}
		merged.putAll(headers);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		merged.forEach((name, value) -> {
			if (value != null) {
				request.header(name, value);
			}
		});
		return send(request);
	}

	/**
	 * Sends a request the test built itself (a streamed body, say), exactly as built,
	 * with this caller's timeout.
	 */
	public HttpResult send(HttpRequest.Builder request) {
		try {
			var response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
			return new HttpResult(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : MAPPER.writeValueAsString(body);
	}

}
