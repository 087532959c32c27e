package energy.foundation.identity.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import energy.foundation.identity.events.EventType;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description of the directory API, served without authentication. The
 * service runs with a token lifetime other than the default, which the description
 * states. springdoc builds the description afresh for every request here, so that each
 * test sees what building it logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class DirectoryApiDocumentH2IntegrationTests extends LiveServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		registry.add("foundation.directory-api.access-token-time-to-live", () -> "15m");
		registry.add("springdoc.cache.disabled", () -> "true");
	}

	@Test
	void getDocumentWhenWalkedThenEveryReferenceResolves() {
		JsonNode document = document();

		List<String> references = new ArrayList<>();
		collectReferences(document, references);

		assertThat(references).contains("#/components/schemas/Problem", "#/components/schemas/OAuthError",
				"#/components/schemas/FeedResponse");
		assertThat(references).allSatisfy((reference) -> {
			assertThat(reference).startsWith("#/components/");
			assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
		});
	}

	@Test
	void getDocumentWhenWalkedThenEverySuccessAnswerHasASchema() {
		JsonNode document = document();

		List<String> answers = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
					if (response.getKey().startsWith("2")) {
						answers.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
						JsonNode content = response.getValue().get("content");
						assertThat(content).as(answers.getLast()).isNotNull().isNotEmpty();
						content.forEach((media) -> assertThat(media.get("schema")).as(answers.getLast()).isNotNull());
					}
				}
			}
		}

		assertThat(answers).contains("get /api/v1/events 200", "post /oauth2/token 200");
	}

	@Test
	void getDocumentWhenReadThenProblemEventAndOAuthErrorSchemasDescribeTheBodies() {
		JsonNode schemas = document().get("components").get("schemas");

		assertThat(schemas.get("Problem").get("properties").propertyNames()).containsExactlyInAnyOrder("type", "title",
				"status", "detail", "instance");
		assertThat(schemas.get("OAuthError").get("properties").propertyNames()).contains("error", "error_description");
		assertThat(schemas.get("FeedResponse").get("properties").get("events").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/Event");
		JsonNode event = schemas.get("Event").get("properties");
		assertThat(event.propertyNames()).containsExactlyInAnyOrder("id", "type", "occurredAt", "organisationId",
				"instanceId", "position", "data");
		List<String> types = new ArrayList<>();
		event.get("type").get("enum").forEach((type) -> types.add(type.asString()));
		assertThat(types)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
		assertThat(event.get("data").get("type").asString()).as(event.toString()).isEqualTo("object");
	}

	@Test
	void getDocumentWhenReadThenEventsAnswerGoneWithAProblemForAPrunedCursor() {
		JsonNode responses = document().get("paths").get("/api/v1/events").get("get").get("responses");

		assertThat(responses.has("410")).as(responses.toString()).isTrue();
		assertThat(responses.get("410").get("description").asString()).contains("retention");
		assertThat(responses.get("410")
			.get("content")
			.get("application/problem+json")
			.get("schema")
			.get("$ref")
			.asString()).endsWith("/Problem");
	}

	@Test
	void getDocumentWhenBuiltThenNothingWarned(CapturedOutput output) {
		int before = output.getAll().length();

		document();

		List<String> warnings = output.getAll()
			.substring(before)
			.lines()
			.filter((line) -> line.contains(" WARN ") || line.contains("Exception"))
			.toList();
		assertThat(warnings).isEmpty();
	}

	@Test
	void getDocumentWhenAnonymousThenDescribesTheApiAndTheTokenEndpointOnly() {
		HttpResult response = new HttpCaller(rootUrl(), null).get("/api/v1/openapi.json");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		JsonNode document = response.json();
		assertThat(document.get("openapi").asString()).startsWith("3.");
		List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
		assertThat(paths).contains("/oauth2/token", "/api/v1/users", "/api/v1/users/{userId}", "/api/v1/groups",
				"/api/v1/groups/{groupId}/members", "/api/v1/sign-in-decisions", "/api/v1/events");
		assertThat(paths).allMatch((path) -> path.startsWith("/api/v1/") || path.equals("/oauth2/token"));
		JsonNode token = document.get("paths").get("/oauth2/token").get("post");
		assertThat(token.get("requestBody").get("content").has("application/x-www-form-urlencoded")).isTrue();
		assertThat(token.get("responses")
			.get("401")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("$ref")
			.asString()).endsWith("/OAuthError");
		assertThat(token.get("description").asString()).contains("valid for 15 minutes");
		JsonNode operations = document.get("paths");
		assertThat(operations.get("/api/v1/users/{userId}").get("get").get("responses").has("404")).isTrue();
		assertThat(operations.get("/api/v1/groups/{groupId}").get("get").get("responses").has("404")).isTrue();
		assertThat(operations.get("/api/v1/groups/{groupId}/members").get("get").get("responses").has("404")).isTrue();
		assertThat(operations.get("/api/v1/users").get("get").get("responses").has("404")).isFalse();
		assertThat(operations.get("/api/v1/sign-in-decisions").get("post").get("responses").propertyNames())
			.contains("413", "415");
		JsonNode listUsers = document.get("paths").get("/api/v1/users").get("get");
		assertThat(listUsers.get("operationId").asString()).isEqualTo("listUsers");
		assertThat(listUsers.get("responses").has("401")).isTrue();
		JsonNode reason = document.get("components")
			.get("schemas")
			.get("SignInDecisionResponse")
			.get("properties")
			.get("reason");
		assertThat(reason.get("enum").toString()).contains("provider_not_configured", "wrong_tenant");
		assertThat(document.get("components")
			.get("securitySchemes")
			.get("machineClient")
			.get("flows")
			.get("clientCredentials")
			.get("tokenUrl")
			.asString()).isEqualTo("/oauth2/token");
	}

	@Test
	void getDocumentWhenDefaultSpringdocPathThenNotServed() {
		HttpResult response = new HttpCaller(rootUrl(), null).get("/v3/api-docs");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	private JsonNode document() {
		HttpResult response = new HttpCaller(rootUrl(), null).get("/api/v1/openapi.json");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			JsonNode reference = node.get("$ref");
			if (reference != null && reference.isString()) {
				references.add(reference.asString());
			}
		}
		node.forEach((child) -> collectReferences(child, references));
	}

}
