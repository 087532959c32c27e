package energy.foundation.identity.scim.compliance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CaseRunner} and {@link CaseExpectation} against a small in-process
 * HTTP server that stores users in a map, so that each part of the case format can be
 * seen to pass and to fail.
 */
class CaseRunnerTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String TOKEN = "secret-token-of-the-first-organisation";

	private final Map<String, String> users = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private HttpServer server;

	private String base;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/scim/v2";
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void runWhenEveryExpectationHoldsThenPassedAndCleanedUp() {
		CaseResult result = run("""
				{"id": "T-1", "steps": [
				  {"method": "POST", "path": "/Users", "body": {"userName": "a.${run}"},
				   "expect": {"status": 201, "json_paths": {"/userName": "a.${run}", "/id": {"nonempty": true}},
				              "headers": {"content-type": "SCIM+JSON"}},
				   "capture": {"uid": "/id"}},
				  {"method": "GET", "path": "/Users/${uid}",
				   "expect": {"status": "2xx", "json_contains": {"id": "${uid}"}, "json_absent": ["/password"]}}],
				 "cleanup": [{"method": "DELETE", "path": "/Users/${uid}"}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.users).isEmpty();
	}

	@Test
	void runWhenExpectationBrokenThenFailedNamingStepRequestAndResponse() {
		CaseResult result = run("""
				{"id": "T-2", "steps": [
				  {"method": "GET", "path": "/Users/nope", "expect": {"status": 200}}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.FAILED);
		assertThat(result.detail()).startsWith("step 1 GET /scim/v2/Users/nope: status 404, expected 200")
			.contains("request: GET " + this.base + "/Users/nope")
			.contains("response: 404")
			.contains("\"detail\":\"no such user\"");
	}

	@Test
	void runWhenFailedThenTokenNotShown() {
		CaseResult result = run("""
				{"id": "T-3", "steps": [{"method": "GET", "path": "/Users/nope", "expect": {"status": 200}}]}
				""");

		assertThat(result.detail()).doesNotContain(TOKEN).contains("Authorization: Bearer ${token}");
	}

	@Test
	void runWhenStepFailsThenLaterStepsSkippedAndCleanupStillRuns() {
		CaseResult result = run(
				"""
						{"id": "T-4", "steps": [
						  {"method": "POST", "path": "/Users", "body": {"userName": "b"}, "expect": {"status": 200},
						   "capture": {"uid": "/id"}},
						  {"method": "GET", "path": "/Users/${uid}", "expect": {"status": 200}}],
						 "cleanup": [{"method": "DELETE", "path": "/Users/${uid}"}, {"method": "DELETE", "path": "/Users/${unset}"}]}
						""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.FAILED);
		assertThat(this.users).isEmpty();
		assertThat(this.requests).extracting(Request::method).containsExactly("POST", "DELETE");
	}

	@Test
	void runWhenDefaultHeadersThenBearerAcceptAndContentTypeOnlyWithBody() {
		run("""
				{"id": "T-5", "steps": [
				  {"method": "POST", "path": "/Users", "body": {"userName": "c"}, "expect": {"status": 201},
				   "capture": {"uid": "/id"}},
				  {"method": "GET", "path": "/Users/${uid}", "expect": {"status": 200}}]}
				""");

		assertThat(this.requests.get(0).headers()).containsEntry("authorization", "Bearer " + TOKEN)
			.containsEntry("accept", "application/scim+json")
			.containsEntry("content-type", "application/scim+json");
		assertThat(this.requests.get(1).headers()).doesNotContainKey("content-type");
	}

	@Test
	void runWhenHeaderNullOrOverriddenThenRemovedOrReplaced() {
		run("""
				{"id": "T-6", "steps": [
				  {"method": "POST", "path": "/Users", "headers": {"Accept": null, "content-type": "text/plain"},
				   "raw_body": "x", "expect": {"status": 415}}]}
				""");

		assertThat(this.requests.get(0).headers()).doesNotContainKey("accept")
			.containsEntry("content-type", "text/plain");
		assertThat(this.requests.get(0).body()).isEqualTo("x");
	}

	@Test
	void runWhenBareThenNoUserAgentNorAccept() {
		CaseResult result = run("""
				{"id": "T-7", "steps": [
				  {"method": "GET", "path": "/Users?filter=userName+eq+%22x%22", "bare": true,
				   "headers": {"Accept": null, "Content-Type": null},
				   "expect": {"status": 200, "json_paths": {"/totalResults": 0}}}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests.get(0).headers()).containsOnlyKeys("authorization", "host", "connection");
		assertThat(this.requests.get(0).query()).isEqualTo("filter=userName+eq+%22x%22");
	}

	@Test
	void runWhenBareWithBodyThenBodyAndLengthSent() {
		CaseResult result = run("""
				{"id": "T-8", "steps": [
				  {"method": "POST", "path": "/Users", "bare": true, "body": {"userName": "bare ü"},
				   "expect": {"status": 201, "json_paths": {"/userName": "bare ü"}}}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests.get(0).headers()).containsKey("content-length").doesNotContainKey("user-agent");
	}

	@Test
	void runWhenRepeatThenIndexSubstitutedFirstAndCapturesPerRepetition() {
		CaseResult result = run("""
				{"id": "T-9", "steps": [
				  {"method": "POST", "path": "/Users", "repeat": 3, "body": {"userName": "r${i}"},
				   "expect": {"status": 201}, "capture": {"u${i}": "/id"}},
				  {"method": "GET", "path": "/Users/${u${i}}", "repeat": 3,
				   "expect": {"status": 200, "json_paths": {"/userName": "r${i}"}}}],
				 "cleanup": [{"method": "DELETE", "path": "/Users/${u${i}}", "repeat": 3}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests).hasSize(9);
		assertThat(this.users).isEmpty();
	}

	@Test
	void runWhenRepetitionFailsThenDetailNamesIt() {
		CaseResult result = run(
				"""
						{"id": "T-10", "steps": [
						  {"method": "GET", "path": "/Users/${i}", "repeat": 2, "expect": {"status": 404, "json_absent": ["/x${i}"]}},
						  {"method": "GET", "path": "/Users/none", "repeat": 3, "expect": {"status": 200}}]}
						""");

		assertThat(result.detail()).startsWith("step 2#1 GET");
		assertThat(this.requests).hasSize(3);
	}

	@Test
	void runWhenConcurrentThenAllRepetitionsSent() {
		CaseResult result = run("""
				{"id": "T-11", "steps": [
				  {"method": "POST", "path": "/Users", "repeat": 8, "concurrent": true, "body": {"userName": "c${i}"},
				   "expect": {"status": 201}, "capture": {"u${i}": "/id"}}],
				 "cleanup": [{"method": "DELETE", "path": "/Users/${u${i}}", "repeat": 8}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests).filteredOn((request) -> request.method().equals("DELETE")).hasSize(8);
	}

	@Test
	void runWhenSecondTenantNeededButAbsentThenSkippedWithoutRequests() {
		CaseResult tenantStep = run("""
				{"id": "T-12", "steps": [{"method": "GET", "path": "/Users", "tenant": 2, "expect": {"status": 200}}]}
				""");
		CaseResult tokenVariable = run(
				"""
						{"id": "T-13", "steps": [{"method": "GET", "path": "/Users", "headers": {"Authorization": "Bearer ${token2}"},
						  "expect": {"status": 401}}]}
						""");

		assertThat(tenantStep.verdict()).isEqualTo(CaseResult.Verdict.SKIPPED);
		assertThat(tenantStep.detail()).isEqualTo("needs tenant2");
		assertThat(tokenVariable.verdict()).isEqualTo(CaseResult.Verdict.SKIPPED);
		assertThat(this.requests).isEmpty();
	}

	@Test
	void runWhenSecondTenantGivenThenStepSentThereWithItsToken() {
		CaseEnvironment environment = new CaseEnvironment(this.base, TOKEN, this.base + "/two", "second-token",
				Map.of(), Set.of());

		CaseResult result = new CaseRunner(environment).run(json("""
				{"id": "T-14", "steps": [{"method": "GET", "path": "/Users", "tenant": 2, "expect": {"status": 200}}]}
				"""));

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests.get(0).path()).isEqualTo("/scim/v2/two/Users");
		assertThat(this.requests.get(0).headers()).containsEntry("authorization", "Bearer second-token");
	}

	@Test
	void runWhenNeedNotEnabledThenSkippedAndVariableSatisfiesIt() {
		String testCase = """
				{"id": "T-15", "needs": ["revoked_token"], "steps": [
				  {"method": "GET", "path": "/Users", "headers": {"Authorization": "Bearer ${revoked_token}"},
				   "expect": {"status": 200}}]}
				""";
		CaseEnvironment withVariable = new CaseEnvironment(this.base, TOKEN, null, null,
				Map.of("revoked_token", "revoked-token-value"), Set.of());

		CaseResult without = run(testCase);
		CaseResult with = new CaseRunner(withVariable).run(json(testCase));

		assertThat(without.verdict()).isEqualTo(CaseResult.Verdict.SKIPPED);
		assertThat(with.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
		assertThat(this.requests).singleElement()
			.satisfies((request) -> assertThat(request.headers()).containsEntry("authorization",
					"Bearer revoked-token-value"));
	}

	@Test
	void runWhenPreconditionNotMetThenSkipped() {
		CaseResult result = run("""
				{"id": "T-16", "precondition": {"method": "GET", "path": "/Users", "json_paths": {"/totalResults": 5}},
				 "steps": [{"method": "GET", "path": "/Users", "expect": {"status": 200}}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.SKIPPED);
		assertThat(result.detail()).isEqualTo("precondition /Users not met");
		assertThat(this.requests).hasSize(1);
	}

	@Test
	void runWhenNoStepsThenFailed() {
		CaseResult result = run("{\"id\": \"T-17\", \"steps\": []}");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.FAILED);
	}

	@Test
	void runWhenCaptureHeaderThenUsableLater() {
		CaseResult result = run("""
				{"id": "T-18", "steps": [
				  {"method": "POST", "path": "/Users", "body": {"userName": "h"}, "expect": {"status": 201},
				   "capture_headers": {"where": "Location"}, "capture": {"uid": "/id"}},
				  {"method": "GET", "path": "/Users/${uid}", "expect": {"status": 200,
				   "json_paths": {"/meta/location": "${where}"}}}],
				 "cleanup": [{"method": "DELETE", "path": "/Users/${uid}"}]}
				""");

		assertThat(result.verdict()).isEqualTo(CaseResult.Verdict.PASSED);
	}

	@Test
	void verifyWhenStatusMatchesWhenStatusThenExtraChecksApplied() {
		CaseResponse response = CaseResponse.of(400, Map.of("Content-Type", List.of("application/json")),
				"{\"status\": \"400\"}");
		JsonNode expect = json("""
				{"status": [201, 400], "when_status": {"400": {"headers": {"content-type": "application/scim+json"}},
				 "201": {"json_paths": {"/id": {"present": true}}}}}
				""");

		List<String> problems = CaseExpectation.verify(expect, response);

		assertThat(problems)
			.containsExactly("header content-type = application/json, expected to contain application/scim+json");
	}

	@Test
	void verifyWhenBodyNotContainsOrEmptyBodyBrokenThenReported() {
		CaseResponse response = CaseResponse.of(204, Map.of(), "{\"userName\": \"alice\"}");
		JsonNode expect = json("""
				{"body_not_contains": ["alice", ""], "empty_body": true,
				 "json_not_contains": [{"userName": "alice"}, {"userName": "bob"}]}
				""");

		List<String> problems = CaseExpectation.verify(expect, response);

		assertThat(problems).containsExactly("body contains {\"userName\":\"alice\"}, expected not to",
				"body contains \"alice\", expected not to", "body not empty (21 chars)");
	}

	@Test
	void verifyWhenHeaderMissingThenReported() {
		CaseResponse response = CaseResponse.of(401, Map.of(), "");

		List<String> problems = CaseExpectation.verify(json("{\"headers\": {\"WWW-Authenticate\": \"Bearer\"}}"),
				response);

		assertThat(problems).containsExactly("header WWW-Authenticate = null, expected to contain Bearer");
	}

	@Test
	void verifyWhenBodyNotJsonThenJsonExpectationsFail() {
		CaseResponse response = CaseResponse.of(400, Map.of(), "<html>oops</html>");

		List<String> problems = CaseExpectation.verify(json("{\"json_contains\": {}, \"json_paths\": {\"/a\": 1}}"),
				response);

		assertThat(problems).hasSize(2);
	}

	@Test
	void verifyWhenUnknownExpectationKindThenReported() {
		CaseResponse response = CaseResponse.of(200, Map.of(), "{}");

		List<String> problems = CaseExpectation.verify(json("{\"json_path\": {}}"), response);

		assertThat(problems).containsExactly("unknown expectation json_path in the case file");
	}

	private CaseResult run(String testCase) {
		return new CaseRunner(CaseEnvironment.of(this.base, TOKEN)).run(json(testCase));
	}

	private static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> headers = new HashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
		this.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, body));

		String path = exchange.getRequestURI().getPath().replaceFirst("^/scim/v2(/two)?", "");
		String id = path.startsWith("/Users/") ? path.substring("/Users/".length()) : null;
		switch (exchange.getRequestMethod() + ((id != null) ? " one" : " all")) {
			case "POST all" -> create(exchange, headers, body);
			case "GET all" -> answer(exchange, 200, "{\"totalResults\": " + this.users.size() + ", \"Resources\": []}");
			case "GET one" -> answer(exchange, this.users.containsKey(id) ? 200 : 404,
					this.users.getOrDefault(id, "{\"detail\":\"no such user\"}"));
			case "DELETE one" -> answer(exchange, (this.users.remove(id) != null) ? 204 : 404, "");
			default -> answer(exchange, 405, "{}");
		}
	}

	private void create(HttpExchange exchange, Map<String, String> headers, String body) throws IOException {
		if (!"application/scim+json".equals(headers.get("content-type"))) {
			answer(exchange, 415, "{}");
			return;
		}
		String id = "u" + this.ids.incrementAndGet();
		String location = this.base + "/Users/" + id;
		String userName = MAPPER.readTree(body).get("userName").asString();
		String user = MAPPER
			.writeValueAsString(Map.of("id", id, "userName", userName, "meta", Map.of("location", location)));
		this.users.put(id, user);
		exchange.getResponseHeaders().add("Location", location);
		answer(exchange, 201, user);
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/scim+json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private record Request(String method, String path, String query, Map<String, String> headers, String body) {
	}

}
