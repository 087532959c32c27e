package energy.foundation.identity.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures an Entra-shaped initial provisioning cycle and a restart of it: prints
 * requests per second and p50/p95/p99 latency per kind of request. A measuring tool, not
 * a test: nothing here passes or fails on timing.
 * <p>
 * By default it starts the service in this JVM on a random port, on the embedded H2
 * default ({@code --database=postgres} for the local PostgreSQL, in a fresh schema);
 * {@code --url=http://host:port --operator-token=...} targets a running service instead.
 * {@code --users=N} (default 2000; 85% members, 15% guests, a third of the members with a
 * manager, one group per 50 users) and {@code --workers=W} (default 6 parallel requests)
 * shape the load.
 * <p>
 * Run it after {@code ./mvnw -q -B test-compile} with the test class path: <pre>
 * ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     energy.foundation.identity.provisioning.ProvisioningLoadHarness --users=2000 --workers=6
 * </pre> or, equivalently, through the exec plugin:
 * {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=energy.foundation.identity.provisioning.ProvisioningLoadHarness
 * -Dexec.classpathScope=test -Dexec.args="--users=2000 --workers=6"}.
 */
public final class ProvisioningLoadHarness {

	private ProvisioningLoadHarness() {
	}

	public static void main(String[] args) {
		Map<String, String> options = options(args);
		int users = Integer.parseInt(options.getOrDefault("users", "2000"));
		int workers = Integer.parseInt(options.getOrDefault("workers", "6"));
		ConfigurableApplicationContext service = null;
		String rootUrl = options.get("url");
		String operatorToken = options.getOrDefault("operator-token", LiveServiceTests.OPERATOR_TOKEN);
		if (rootUrl == null) {
			service = start(options.getOrDefault("database", "h2"));
			rootUrl = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
		}
		try {
			run(new HttpCaller(rootUrl + "/operator/api", operatorToken), users, workers);
		}
		finally {
			if (service != null) {
				service.close();
			}
		}
	}

	private static void run(HttpCaller operator, int userCount, int workers) {
		int guests = userCount * 15 / 100;
		SourceDirectory directory = SourceDirectory.contoso(userCount - guests, guests, Math.max(20, userCount / 50),
				42L);
		String[] credential = onboard(operator);
		RequestStatistics statistics = new RequestStatistics();
		try (EntraSimulator entra = new EntraSimulator(directory,
				ProviderConnection.entra(credential[0], credential[1], statistics), workers)) {
			System.out.printf(Locale.ROOT, "Initial cycle: %d users, %d groups, %d workers%n", userCount,
					directory.groups.size(), workers);
			statistics.restartClock();
			entra.initialCycle();
			System.out.print(statistics.report());
			printProblems(entra.connection().takeProblems());

			statistics.reset();
			System.out.printf(Locale.ROOT, "%nRestart (every object matched, nothing to change):%n");
			entra.initialCycle();
			System.out.print(statistics.report());
			printProblems(entra.connection().takeProblems());
		}
	}

	private static String[] onboard(HttpCaller operator) {
		HttpResult organisation = operator.send("POST", "/organisations", Map.of("Content-Type", "application/json"),
				"{\"name\":\"Load\",\"entraTenantId\":\"" + UUID.randomUUID() + "\"}");
		require(organisation, 201);
		String organisationId = organisation.json().path("id").asString();
		HttpResult credential = operator.send("POST", "/organisations/" + organisationId + "/scim-credentials",
				Map.of("Content-Type", "application/json"), "{\"label\":\"load harness\"}");
		require(credential, 201);
		JsonNode body = credential.json();
		return new String[] { body.path("scimBaseUrl").asString(), body.path("secret").asString() };
	}

	/**
	 * Starts the service with its settings as command-line arguments, which take
	 * precedence over {@code application.yml} (builder default properties would not).
	 */
	private static ConfigurableApplicationContext start(String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if ("postgres".equals(database)) {
			TestDatabases.postgres((name, value) -> properties.put(name, value.get()));
		}
		else {
			TestDatabases.h2((name, value) -> properties.put(name, value.get()));
		}
		properties.put("server.port", "0");
		properties.put("foundation.bootstrap-operator-token", LiveServiceTests.OPERATOR_TOKEN);
		properties.put("logging.level.root", "WARN");
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FoundationIdentityApplication.class).run(arguments);
	}

	private static void require(HttpResult result, int status) {
		if (result.status() != status) {
			throw new IllegalStateException("Operator API answered " + result.status() + ": " + result.body());
		}
	}

	private static void printProblems(List<String> problems) {
		if (!problems.isEmpty()) {
			System.out.println("Answers Entra would reject: " + problems.size());
			problems.stream().limit(10).forEach((problem) -> System.out.println("  " + problem));
		}
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

}
