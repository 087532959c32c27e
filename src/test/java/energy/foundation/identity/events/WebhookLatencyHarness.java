package energy.foundation.identity.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import energy.foundation.identity.support.WebhookReceiver;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures how long a change takes from a SCIM write to the instance's webhook receiver:
 * starts the service in this JVM on a random port (embedded H2 default, or
 * {@code --database=postgres} for the local PostgreSQL in a fresh schema), registers a
 * local receiver as an instance's endpoint, sends {@code --events=N} SCIM writes (default
 * 1000; user creations and display name changes, each one event) from {@code --workers=W}
 * parallel clients (default 4), and prints the median, p99 and maximum time from the SCIM
 * response (and from the SCIM request) to the receiver's arrival of the event. A
 * measuring tool, not a test: nothing here passes or fails on timing. A negative time
 * means the webhook arrived before the SCIM client had read its answer.
 * <p>
 * Run it after {@code ./mvnw -q -B test-compile} with the test class path: <pre>
 * ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     energy.foundation.identity.events.WebhookLatencyHarness --events=1000 --workers=4
 * </pre>
 */
public final class WebhookLatencyHarness {

	private static final int WARM_UP = 100;

	private WebhookLatencyHarness() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int events = Integer.parseInt(options.getOrDefault("events", "1000"));
		int workers = Integer.parseInt(options.getOrDefault("workers", "4"));
		String database = options.getOrDefault("database", "h2");
		try (ConfigurableApplicationContext service = start(database);
				WebhookReceiver receiver = WebhookReceiver.start()) {
			String rootUrl = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
			HttpCaller scim = onboard(new HttpCaller(rootUrl + "/operator/api", LiveServiceTests.OPERATOR_TOKEN),
					service.getBean(Webhooks.class), receiver);

			run(scim, receiver, WARM_UP, workers, "warm-up");
			Measurement measured = run(scim, receiver, events, workers, "run");
			System.out.printf(Locale.ROOT,
					"Webhook latency on %s: %d events from %d SCIM clients, %d requests "
							+ "(%.2f events per request)%n",
					database, events, workers, measured.requests(), (double) events / Math.max(1, measured.requests()));
			System.out.println("  from SCIM response: " + summary(measured.fromResponse()));
			System.out.println("  from SCIM request:  " + summary(measured.fromRequest()));
			System.out.printf(Locale.ROOT, "  SCIM writes: %.0f per second%n", measured.writesPerSecond());
			if (!receiver.problems().isEmpty()) {
				System.out.println("Requests the receiver refused: " + receiver.problems());
			}
		}
	}

	private static Measurement run(HttpCaller scim, WebhookReceiver receiver, int count, int workers, String label)
			throws Exception {
		Map<String, long[]> sent = new ConcurrentHashMap<>();
		Map<String, String> users = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		int requestsBefore = receiver.requests().size();
		ExecutorService clients = Executors.newFixedThreadPool(workers);
		long start = System.nanoTime();
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				int worker = w;
				writers.add(clients.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						write(scim, label + "-" + worker, label + "-" + i, users, sent);
					}
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;

		Map<String, Long> arrived = awaitArrivals(receiver, sent.keySet(), Duration.ofMinutes(2));
		List<Long> fromResponse = new ArrayList<>();
		List<Long> fromRequest = new ArrayList<>();
		sent.forEach((key, times) -> {
			fromRequest.add(arrived.get(key) - times[0]);
			fromResponse.add(arrived.get(key) - times[1]);
		});
		Collections.sort(fromResponse);
		Collections.sort(fromRequest);
		return new Measurement(fromResponse, fromRequest, receiver.requests().size() - requestsBefore, count / seconds);
	}

	/**
	 * One SCIM write: the worker's first creates its user, the others change its display
	 * name. The display name is the key the event is recognised by.
	 */
	private static void write(HttpCaller scim, String userName, String displayName, Map<String, String> users,
			Map<String, long[]> sent) {
		String userId = users.get(userName);
		long before = System.nanoTime();
		HttpResult result;
		if (userId == null) {
			result = scim.post("/Users",
					"{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]," + "\"userName\":\"" + userName
							+ "-" + UUID.randomUUID() + "\",\"displayName\":\"" + displayName + "\"}");
		}
		else {
			result = scim.patch("/Users/" + userId,
					"{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
							+ "\"replace\",\"path\":\"displayName\",\"value\":\"" + displayName + "\"}]}");
		}
		long after = System.nanoTime();
		if (result.status() != 200 && result.status() != 201 && result.status() != 204) {
			throw new IllegalStateException("SCIM answered " + result.status() + ": " + result.body());
		}
		if (userId == null) {
			users.put(userName, result.json().get("id").asString());
		}
		sent.put(displayName, new long[] { before, after });
	}

	private static Map<String, Long> awaitArrivals(WebhookReceiver receiver, Set<String> keys, Duration patience)
			throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			Map<String, Long> arrived = new LinkedHashMap<>();
			for (WebhookReceiver.Request request : receiver.requests()) {
				for (JsonNode event : request.events()) {
					String key = event.get("data").get("user").get("displayName").asString();
					if (keys.contains(key)) {
						arrived.putIfAbsent(key, request.receivedNanos());
					}
				}
			}
			if (arrived.size() == keys.size()) {
				return arrived;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Only " + arrived.size() + " of " + keys.size() + " events arrived within " + patience);
			}
			Thread.sleep(20);
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if ("postgres".equals(database)) {
			TestDatabases.postgresOfOwn((name, value) -> properties.put(name, value.get()), "latency");
		}
		else {
			TestDatabases.h2OfOwn((name, value) -> properties.put(name, value.get()), "latency");
		}
		properties.put("server.port", "0");
		properties.put("foundation.bootstrap-operator-token", LiveServiceTests.OPERATOR_TOKEN);
		properties.put("foundation.events.webhooks.allow-local-http", "true");
		properties.put("logging.level.root", "WARN");
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FoundationIdentityApplication.class).run(arguments);
	}

	private static HttpCaller onboard(HttpCaller operator, Webhooks webhooks, WebhookReceiver receiver) {
		HttpResult organisation = require(
				operator.send("POST", "/organisations", Map.of("Content-Type", "application/json"),
						"{\"name\":\"Latency\",\"entraTenantId\":\"" + UUID.randomUUID() + "\"}"),
				201);
		String organisationId = organisation.json().path("id").asString();
		HttpResult credential = require(operator.send("POST", "/organisations/" + organisationId + "/scim-credentials",
				Map.of("Content-Type", "application/json"), "{\"label\":\"latency harness\"}"), 201);
		HttpResult instance = require(operator.send("POST", "/organisations/" + organisationId + "/instances",
				Map.of("Content-Type", "application/json"), "{\"name\":\"Production\"}"), 201);
		IssuedWebhookSecret secret = webhooks.add(UUID.fromString(organisationId),
				UUID.fromString(instance.json().path("id").asString()), receiver.url(), "latency harness");
		receiver.trust(secret.secret());
		return new HttpCaller(credential.json().path("scimBaseUrl").asString(),
				credential.json().path("secret").asString());
	}

	private static HttpResult require(HttpResult result, int status) {
		if (result.status() != status) {
			throw new IllegalStateException("Operator API answered " + result.status() + ": " + result.body());
		}
		return result;
	}

	private static String summary(List<Long> sortedNanos) {
		return String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms, max %.1f ms", millis(sortedNanos, 0.50),
				millis(sortedNanos, 0.99), sortedNanos.get(sortedNanos.size() - 1) / 1e6);
	}

	private static double millis(List<Long> sortedNanos, double quantile) {
		int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
		return sortedNanos.get(Math.max(0, index)) / 1e6;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	private record Measurement(List<Long> fromResponse, List<Long> fromRequest, int requests, double writesPerSecond) {

	}

}
