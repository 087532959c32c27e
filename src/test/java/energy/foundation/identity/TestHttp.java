package energy.foundation.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends real HTTP requests to a test server, as a client would.
 */
public final class TestHttp {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public TestHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path, @Nullable String token) {
		return send("GET", path, token, null);
	}

	public HttpResponse<String> post(String path, @Nullable String token, String json) {
		return send("POST", path, token, json);
	}

	public HttpResponse<String> delete(String path, @Nullable String token) {
		return send("DELETE", path, token, null);
	}

	public HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String base() {
		return this.base;
	}

	public static JsonNode json(HttpResponse<String> response) {
		return MAPPER.readTree(response.body());
	}

}
