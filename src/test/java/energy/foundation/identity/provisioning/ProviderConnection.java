package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.RawHttpCaller;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One provider's connection to one organisation's SCIM base URL: sends requests with
 * exactly the headers that provider sends, times them, and notes every answer the
 * provider would treat as a failure (an unexpected status, a body that is not
 * {@code application/scim+json}) instead of stopping, so that a run reports all the
 * problems of a cycle at once.
 */
final class ProviderConnection {

	private static final int MAX_PROBLEMS = 100;

	private final RawHttpCaller caller;

	private final Map<String, String> headers;

	private final String contentType;

	private final RequestStatistics statistics;

	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger problemCount = new AtomicInteger();

	private ProviderConnection(String baseUrl, Map<String, String> headers, String contentType,
			RequestStatistics statistics) {
		this.caller = new RawHttpCaller(baseUrl);
		this.headers = headers;
		this.contentType = contentType;
		this.statistics = statistics;
	}

	/**
	 * As Entra's provisioning service: a bearer token and, on bodies,
	 * {@code application/scim+json; charset=utf-8}; no {@code Accept}, no
	 * {@code User-Agent} (CLIENTS.md §2.2).
	 */
	static ProviderConnection entra(String baseUrl, String secret, RequestStatistics statistics) {
		return new ProviderConnection(baseUrl, Map.of("Authorization", "Bearer " + secret),
				"application/scim+json; charset=utf-8", statistics);
	}

	/**
	 * As Okta's SCIM client: its own {@code User-Agent}, an {@code Accept} header and
	 * plain {@code application/json} bodies (Okta does not document its content type).
	 */
	static ProviderConnection okta(String baseUrl, String secret, RequestStatistics statistics) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", "Bearer " + secret);
		headers.put("User-Agent", "Okta SCIM Client 1.0.0");
		headers.put("Accept", "application/scim+json, application/json");
		return new ProviderConnection(baseUrl, headers, "application/json; charset=utf-8", statistics);
	}

	RequestStatistics statistics() {
		return this.statistics;
	}

	HttpResult get(String kind, String path, int... expected) {
		return send(kind, "GET", path, null, expected);
	}

	HttpResult delete(String kind, String path, int... expected) {
		return send(kind, "DELETE", path, null, expected);
	}

	HttpResult post(String kind, String path, JsonNode body, int... expected) {
		return send(kind, "POST", path, body, expected);
	}

	HttpResult put(String kind, String path, JsonNode body, int... expected) {
		return send(kind, "PUT", path, body, expected);
	}

	HttpResult patch(String kind, String path, JsonNode body, int... expected) {
		return send(kind, "PATCH", path, body, expected);
	}

	/**
	 * Notes a problem found by the caller in an answer (for example two resources for a
	 * lookup that must return at most one).
	 */
	void problem(String description) {
		if (this.problemCount.incrementAndGet() <= MAX_PROBLEMS) {
			this.problems.add(description);
		}
	}

	/**
	 * The problems noted since the last call, and how many were left out.
	 */
	List<String> takeProblems() {
		List<String> taken;
		synchronized (this.problems) {
			taken = new ArrayList<>(this.problems);
			this.problems.clear();
		}
		int count = this.problemCount.getAndSet(0);
		if (count > taken.size()) {
			taken.add("... and " + (count - taken.size()) + " more");
		}
		return taken;
	}

	void close() {
		this.caller.close();
	}

	private HttpResult send(String kind, String method, String path, @Nullable JsonNode body, int... expected) {
		Map<String, String> requestHeaders = new LinkedHashMap<>(this.headers);
		if (body != null) {
			requestHeaders.put("Content-Type", this.contentType);
		}
		long start = System.nanoTime();
		HttpResult result = this.caller.send(method, path, requestHeaders,
				(body != null) ? ScimNodes.write(body) : null);
		this.statistics.record(kind, result.status(), System.nanoTime() - start);

		check(kind, method, path, result, expected);
		return result;
	}

	private void check(String kind, String method, String path, HttpResult result, int... expected) {
		boolean statusExpected = expected.length == 0;
		for (int status : expected) {
			statusExpected |= status == result.status();
		}
		if (!statusExpected) {
			problem(kind + ": " + method + " " + path + " answered " + result.status() + " "
					+ abbreviate(result.body()));
		}
		if (!result.body().isEmpty() && !result.header("Content-Type").startsWith("application/scim+json")) {
			problem(kind + ": " + method + " " + path + " answered Content-Type '" + result.header("Content-Type")
					+ "'");
		}
	}

	private static String abbreviate(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "..." : body;
	}

}
