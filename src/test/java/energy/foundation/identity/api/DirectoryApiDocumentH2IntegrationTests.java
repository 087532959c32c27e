package energy.foundation.identity.api;

import java.util.ArrayList;
import java.util.List;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description of the directory API, served without authentication. The
 * service runs with a token lifetime other than the default, which the description
 * states.
 */
class DirectoryApiDocumentH2IntegrationTests extends LiveServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		registry.add("foundation.directory-api.access-token-time-to-live", () -> "15m");
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
		assertThat(operations.get("/api/v1/sign-in-decisions").get("post").get("responses").has("415")).isTrue();
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

}
