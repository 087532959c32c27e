package energy.foundation.identity.scim.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs black-box cases in the format of {@code /work/shared/scim/cases} (README and the
 * header of {@code run-cases.mjs}) against a running SCIM service over HTTP: needs,
 * precondition, steps with repetitions (in turn or concurrent), captures, expectations
 * and cleanup. A case fails on the first step whose response breaks an expectation; the
 * detail names the step and shows the request and the response.
 */
final class CaseRunner {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern SECOND_TENANT_VARIABLE = Pattern.compile("\\$\\{(token2|base2)}");

	private static final int SHOWN_BODY = 2000;

	private final CaseEnvironment environment;

	CaseRunner(CaseEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * Reads a case file from the class path.
	 */
	static List<JsonNode> load(String resource) {
		try (InputStream in = CaseRunner.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No case file " + resource + " on the class path");
			}
			return List.copyOf(MAPPER.readTree(in).values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs one case and its cleanup.
	 */
	CaseResult run(JsonNode testCase) {
		String id = testCase.path("id").asString("(no id)");
		List<String> missing = missingNeeds(testCase);
		if (!missing.isEmpty()) {
			return CaseResult.skipped(id, "needs " + String.join(", ", missing));
		}

		Map<String, String> variables = this.environment.initialVariables();
		CaseResult result;
		try {
			result = runSteps(id, testCase, variables);
		}
		catch (RuntimeException ex) {
			result = CaseResult.failed(id, "error: " + ex);
		}
		cleanUp(testCase, variables);

		return new CaseResult(id, result.verdict(), redact(result.detail(), variables));
	}

	private List<String> missingNeeds(JsonNode testCase) {
		Set<String> needs = new LinkedHashSet<>();
		testCase.path("needs").values().forEach((need) -> needs.add(need.asString()));
		List<JsonNode> steps = new ArrayList<>(testCase.path("steps").values());
		steps.addAll(testCase.path("cleanup").values());
		steps.add(testCase.path("precondition"));
		if (steps.stream().anyMatch(CaseRunner::usesSecondTenant)) {
			needs.add("tenant2");
		}
		return needs.stream().filter((need) -> !this.environment.provides(need)).toList();
	}

	private static boolean usesSecondTenant(JsonNode step) {
		return isSecondTenant(step) || SECOND_TENANT_VARIABLE.matcher(step.toString()).find();
	}

	private static boolean isSecondTenant(JsonNode step) {
		return step.path("tenant").asString("").equals("2");
	}

	private CaseResult runSteps(String id, JsonNode testCase, Map<String, String> variables) {
		JsonNode precondition = testCase.get("precondition");
		if (precondition != null && !preconditionHolds(precondition, variables)) {
			return CaseResult.skipped(id, "precondition " + precondition.path("path").asString("") + " not met");
		}
		JsonNode steps = testCase.path("steps");
		if (!steps.isArray() || steps.isEmpty()) {
			return CaseResult.failed(id, "the case has no steps, so it checks nothing");
		}

		for (int index = 0; index < steps.size(); index++) {
			String problem = runStep(steps.get(index), index, variables);
			if (problem != null) {
				return CaseResult.failed(id, problem);
			}
		}
		return CaseResult.passed(id);
	}

	private boolean preconditionHolds(JsonNode precondition, Map<String, String> variables) {
		Exchange exchange = exchange(new Repetition(precondition, ""), variables, null);
		ObjectNode expect = JsonNodeFactory.instance.objectNode();
		if (precondition.has("json_paths")) {
			expect.set("json_paths", CaseVariables.substitute(precondition.get("json_paths"), variables));
		}
		return exchange.response().status() == 200 && CaseExpectation.verify(expect, exchange.response()).isEmpty();
	}

	private @Nullable String runStep(JsonNode step, int index, Map<String, String> variables) {
		List<Repetition> repetitions = expand(step);
		List<Exchange> exchanges = JsonMatchers.truthy(step.get("concurrent"))
				? exchangeConcurrently(repetitions, variables) : exchangeInTurn(repetitions, variables);

		// Captures are taken from failing steps too, so that cleanup can delete what they
		// created.
		exchanges.forEach((exchange) -> capture(exchange, variables));

		return exchanges.stream()
			.filter((exchange) -> !exchange.problems().isEmpty())
			.findFirst()
			.map((exchange) -> describe(index, exchange, variables))
			.orElse(null);
	}

	private List<Exchange> exchangeInTurn(List<Repetition> repetitions, Map<String, String> variables) {
		List<Exchange> exchanges = new ArrayList<>();
		for (Repetition repetition : repetitions) {
			Exchange exchange = exchange(repetition, variables, repetition.step().get("expect"));
			exchanges.add(exchange);
			if (!exchange.problems().isEmpty()) {
				break;
			}
		}
		return exchanges;
	}

	private List<Exchange> exchangeConcurrently(List<Repetition> repetitions, Map<String, String> variables) {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Exchange>> futures = repetitions.stream()
				.map((repetition) -> executor
					.submit(() -> exchange(repetition, variables, repetition.step().get("expect"))))
				.toList();
			List<Exchange> exchanges = new ArrayList<>();
			for (Future<Exchange> future : futures) {
				exchanges.add(await(future));
			}
			return exchanges;
		}
	}

	private static Exchange await(Future<Exchange> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Exchange exchange(Repetition repetition, Map<String, String> variables, @Nullable JsonNode expect) {
		CaseRequest request = prepare(repetition.step(), variables);
		CaseResponse response = request.bare()
				? CaseHttp.sendBare(request.uri(), request.method(), request.headers(), request.body())
				: CaseHttp.send(request.uri(), request.method(), request.headers(), request.body());
		List<String> problems = (expect != null)
				? CaseExpectation.verify(CaseVariables.substitute(expect, variables), response) : List.of();
		return new Exchange(repetition, request, response, problems);
	}

	private CaseRequest prepare(JsonNode step, Map<String, String> variables) {
		boolean second = isSecondTenant(step);
		Map<String, @Nullable String> merged = new LinkedHashMap<>();
		merged.put("Authorization", second ? "Bearer ${token2}" : "Bearer ${token}");
		merged.put("Accept", "application/scim+json");
		merged.put("Content-Type", "application/scim+json");
		step.path("headers").properties().forEach((entry) -> {
			merged.keySet().removeIf((name) -> name.equalsIgnoreCase(entry.getKey()));
			merged.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asString());
		});

		String body = body(step, variables);
		if (body == null) {
			merged.keySet().removeIf((name) -> name.equalsIgnoreCase("Content-Type"));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		merged.forEach((name, value) -> {
			if (value != null) {
				headers.put(name, CaseVariables.substitute(value, variables));
			}
		});

		String base = second ? this.environment.base2() : this.environment.base();
		URI uri = URI.create(base + CaseVariables.substitute(step.path("path").asString(""), variables));
		return new CaseRequest(step.path("method").asString("GET"), uri, second ? 2 : 1, headers, body,
				JsonMatchers.truthy(step.get("bare")));
	}

	private static @Nullable String body(JsonNode step, Map<String, String> variables) {
		JsonNode raw = step.get("raw_body");
		if (raw != null && !raw.isNull()) {
			return CaseVariables.substitute(CaseVariables.text(raw), variables);
		}
		JsonNode body = step.get("body");
		if (body != null && !body.isNull()) {
			return MAPPER.writeValueAsString(CaseVariables.substitute(body, variables));
		}
		return null;
	}

	private static void capture(Exchange exchange, Map<String, String> variables) {
		JsonNode step = exchange.repetition().step();
		step.path("capture").properties().forEach((entry) -> {
			JsonPointer resolved = JsonPointer.resolve(exchange.response().json(), entry.getValue().asString());
			if (resolved.found() && resolved.value() != null) {
				variables.put(entry.getKey(), CaseVariables.text(resolved.value()));
			}
		});
		step.path("capture_headers").properties().forEach((entry) -> {
			String value = exchange.response().header(entry.getValue().asString());
			if (value != null && !value.isEmpty()) {
				variables.put(entry.getKey(), value);
			}
		});
	}

	private void cleanUp(JsonNode testCase, Map<String, String> variables) {
		for (JsonNode cleanup : testCase.path("cleanup").values()) {
			for (Repetition repetition : expand(cleanup)) {
				String path = CaseVariables.substitute(repetition.step().path("path").asString(""), variables);
				if (CaseVariables.hasPlaceholder(path)) {
					continue; // nothing was created under that name
				}
				try {
					exchange(repetition, variables, null);
				}
				catch (RuntimeException ex) {
					// Cleanup is best effort: the case's verdict is already decided.
				}
			}
		}
	}

	private static List<Repetition> expand(JsonNode step) {
		int count = step.path("repeat").asInt(0);
		if (count <= 0) {
			return List.of(new Repetition(step, ""));
		}
		ObjectNode rest = (ObjectNode) step.deepCopy();
		rest.remove("repeat");
		rest.remove("concurrent");
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> new Repetition(CaseVariables.substitute(rest, Map.of("i", Integer.toString(i))), "#" + i))
			.toList();
	}

	private static String describe(int index, Exchange exchange, Map<String, String> variables) {
		CaseRequest request = exchange.request();
		CaseResponse response = exchange.response();
		StringBuilder detail = new StringBuilder();
		detail.append("step ")
			.append(index + 1)
			.append(exchange.repetition().label())
			.append(' ')
			.append(request.method())
			.append((request.tenant() == 2) ? " [T2] " : " ")
			.append(request.uri().getRawPath())
			.append((request.uri().getRawQuery() != null) ? "?" + request.uri().getRawQuery() : "")
			.append(": ")
			.append(String.join("; ", exchange.problems()));
		detail.append("\n  request: ").append(request.method()).append(' ').append(request.uri());
		request.headers().forEach((name, value) -> detail.append("\n    ").append(name).append(": ").append(value));
		if (request.body() != null) {
			detail.append("\n    ").append(CaseExpectation.abbreviate(request.body(), SHOWN_BODY));
		}
		detail.append("\n  response: ").append(response.status());
		detail.append("\n    content-type: ").append(response.header("content-type"));
		detail.append("\n    ").append(CaseExpectation.abbreviate(response.text(), SHOWN_BODY));
		return detail.toString();
	}

	/**
	 * Replaces the values of secret variables (any name containing {@code token} or
	 * {@code secret}) by their placeholder, so that reports never show a credential.
	 */
	static String redact(String text, Map<String, String> variables) {
		String redacted = text;
		for (Map.Entry<String, String> variable : variables.entrySet()) {
			String name = variable.getKey().toLowerCase(Locale.ROOT);
			boolean secret = name.contains("token") || name.contains("secret");
			if (secret && variable.getValue().length() >= 8) {
				redacted = redacted.replace(variable.getValue(), "${" + variable.getKey() + "}");
			}
		}
		return redacted;
	}

	private record Repetition(JsonNode step, String label) {
	}

	private record CaseRequest(String method, URI uri, int tenant, Map<String, String> headers, @Nullable String body,
			boolean bare) {
	}

	private record Exchange(Repetition repetition, CaseRequest request, CaseResponse response, List<String> problems) {
	}

}
