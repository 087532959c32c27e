package energy.foundation.identity.operator;

import java.net.http.HttpResponse;
import java.util.UUID;

import energy.foundation.identity.TestDatabases;
import energy.foundation.identity.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator API over HTTP, run on each database by a subclass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class OperatorApiScenarios {

	private static final String OPERATOR = TestDatabases.OPERATOR_TOKEN;

	private static final String ORGANISATIONS = "/operator/api/organisations";

	@LocalServerPort
	private int port;

	private TestHttp http;

	@BeforeEach
	void startClient() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void createWhenValidThenCreatedWithLocationAndScimBaseUrl() {
		String tenant = UUID.randomUUID().toString();

		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso\", \"entraTenantId\": \"" + tenant.toUpperCase() + "\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = TestHttp.json(response);
		String id = body.get("id").asString();
		assertThat(body.get("name").asString()).isEqualTo("Contoso");
		assertThat(body.get("entraTenantId").asString()).isEqualTo(tenant);
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("createdAt").asString()).isNotBlank();
		assertThat(body.get("scimBaseUrl").asString()).isEqualTo(this.http.base() + "/scim/v2/organisations/" + id);
		assertThat(response.headers().firstValue("Location")).hasValue(this.http.base() + ORGANISATIONS + "/" + id);
	}

	@Test
	void getWhenCreatedThenSameOrganisation() {
		String id = createOrganisation();

		HttpResponse<String> response = this.http.get(ORGANISATIONS + "/" + id, OPERATOR);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(response).get("id").asString()).isEqualTo(id);
	}

	@Test
	void listWhenCreatedThenContainsOrganisation() {
		String id = createOrganisation();

		HttpResponse<String> response = this.http.get(ORGANISATIONS, OPERATOR);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(response).findValuesAsString("id")).contains(id);
	}

	@Test
	void createWhenGuidMalformedThenBadRequestProblem() {
		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso\", \"entraTenantId\": \"1-2-3-4-5\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(TestHttp.json(response).get("detail").asString()).contains("entraTenantId must be a GUID");
	}

	@Test
	void createWhenNameBlankThenBadRequestProblem() {
		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"  \", \"entraTenantId\": \"" + UUID.randomUUID() + "\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(response).get("detail").asString()).isEqualTo("name must not be blank");
	}

	@Test
	void createWhenNameMissingThenBadRequestProblem() {
		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"entraTenantId\": \"" + UUID.randomUUID() + "\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(response).get("detail").asString()).isEqualTo("name is required");
	}

	@Test
	void createWhenJsonMalformedThenBadRequestProblem() {
		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR, "{\"name\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void createWhenTenantOnboardedThenConflict() {
		String tenant = UUID.randomUUID().toString();
		this.http.post(ORGANISATIONS, OPERATOR, "{\"name\": \"Contoso\", \"entraTenantId\": \"" + tenant + "\"}");

		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso again\", \"entraTenantId\": \"{" + tenant + "}\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(TestHttp.json(response).get("detail").asString()).contains(tenant);
	}

	@Test
	void listWhenNoTokenThenUnauthorizedWithChallenge() {
		HttpResponse<String> response = this.http.get(ORGANISATIONS, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"operator\"");
		assertThat(TestHttp.json(response).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void listWhenTokenUnknownThenUnauthorizedWithInvalidToken() {
		HttpResponse<String> response = this.http.get(ORGANISATIONS, "fiop_" + "x".repeat(43));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer realm=\"operator\", error=\"invalid_token\"");
	}

	@Test
	void listWhenScimCredentialUsedThenUnauthorized() {
		String organisation = createOrganisation();
		String secret = issueCredential(organisation, "Entra").get("secret").asString();

		HttpResponse<String> response = this.http.get(ORGANISATIONS, secret);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void getWhenIdUnknownThenNotFound() {
		HttpResponse<String> response = this.http.get(ORGANISATIONS + "/" + UUID.randomUUID(), OPERATOR);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(TestHttp.json(response).get("detail").asString()).isEqualTo("No organisation has this id");
	}

	@Test
	void getWhenIdNotUuidThenNotFound() {
		HttpResponse<String> response = this.http.get(ORGANISATIONS + "/not-an-id", OPERATOR);

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void issueCredentialWhenValidThenSecretAndScimBaseUrl() {
		String organisation = createOrganisation();

		JsonNode issued = issueCredential(organisation, "Entra ID production");

		assertThat(issued.get("secret").asString()).startsWith("fisc_").hasSize(48);
		assertThat(issued.get("prefix").asString()).isEqualTo(issued.get("secret").asString().substring(0, 12));
		assertThat(issued.get("label").asString()).isEqualTo("Entra ID production");
		assertThat(issued.get("expiresAt").isNull()).isTrue();
		assertThat(issued.get("scimBaseUrl").asString()).endsWith("/scim/v2/organisations/" + organisation);
	}

	@Test
	void listCredentialsWhenIssuedThenShownWithoutSecret() {
		String organisation = createOrganisation();
		JsonNode issued = issueCredential(organisation, "Entra");

		HttpResponse<String> response = this.http.get(credentials(organisation), OPERATOR);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(issued.get("secret").asString()).doesNotContain("secret");
		JsonNode listed = TestHttp.json(response).get(0);
		assertThat(listed.get("id").asString()).isEqualTo(issued.get("id").asString());
		assertThat(listed.get("prefix").asString()).isEqualTo(issued.get("prefix").asString());
		assertThat(listed.get("revoked").asBoolean()).isFalse();
	}

	@Test
	void issueCredentialWhenExpiryInPastThenBadRequest() {
		String organisation = createOrganisation();

		HttpResponse<String> response = this.http.post(credentials(organisation), OPERATOR,
				"{\"label\": \"Entra\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(TestHttp.json(response).get("detail").asString()).isEqualTo("expiresAt must be in the future");
	}

	@Test
	void issueCredentialWhenExpiryMalformedThenBadRequest() {
		String organisation = createOrganisation();

		HttpResponse<String> response = this.http.post(credentials(organisation), OPERATOR,
				"{\"label\": \"Entra\", \"expiresAt\": \"next week\"}");

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void issueCredentialWhenOrganisationUnknownThenNotFound() {
		HttpResponse<String> response = this.http.post(credentials(UUID.randomUUID().toString()), OPERATOR,
				"{\"label\": \"Entra\"}");

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void revokeCredentialWhenKnownThenNoContentAndRevokedAtOnce() {
		String organisation = createOrganisation();
		JsonNode issued = issueCredential(organisation, "Entra");
		String usersUrl = "/scim/v2/organisations/" + organisation + "/Users";
		String secret = issued.get("secret").asString();
		assertThat(this.http.get(usersUrl, secret).statusCode()).isNotEqualTo(401);

		HttpResponse<String> response = this.http.delete(credentials(organisation) + "/" + issued.get("id").asString(),
				OPERATOR);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.http.get(usersUrl, secret).statusCode()).isEqualTo(401);
		JsonNode listed = TestHttp.json(this.http.get(credentials(organisation), OPERATOR)).get(0);
		assertThat(listed.get("revoked").asBoolean()).isTrue();
		assertThat(listed.get("revokedAt").asString()).isNotBlank();
	}

	@Test
	void revokeCredentialWhenOfOtherOrganisationThenNotFoundAndStillValid() {
		String organisation = createOrganisation();
		String other = createOrganisation();
		JsonNode issued = issueCredential(organisation, "Entra");

		HttpResponse<String> response = this.http.delete(credentials(other) + "/" + issued.get("id").asString(),
				OPERATOR);

		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode listed = TestHttp.json(this.http.get(credentials(organisation), OPERATOR)).get(0);
		assertThat(listed.get("revoked").asBoolean()).isFalse();
	}

	@Test
	void listCredentialsWhenOtherOrganisationHasSomeThenNotShown() {
		String organisation = createOrganisation();
		String other = createOrganisation();
		issueCredential(other, "Other's Entra");

		HttpResponse<String> response = this.http.get(credentials(organisation), OPERATOR);

		assertThat(TestHttp.json(response).size()).isZero();
	}

	@Test
	void prometheusWhenNoTokenThenUnauthorized() {
		HttpResponse<String> response = this.http.get("/actuator/prometheus", null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusWhenOperatorTokenThenMetrics() {
		HttpResponse<String> response = this.http.get("/actuator/prometheus", OPERATOR);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthWhenNoTokenThenUp() {
		HttpResponse<String> response = this.http.get("/actuator/health", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TestHttp.json(response).get("status").asString()).isEqualTo("UP");
	}

	private String createOrganisation() {
		HttpResponse<String> response = this.http.post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Fabrikam\", \"entraTenantId\": \"" + UUID.randomUUID() + "\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		return TestHttp.json(response).get("id").asString();
	}

	private JsonNode issueCredential(String organisation, String label) {
		HttpResponse<String> response = this.http.post(credentials(organisation), OPERATOR,
				"{\"label\": \"" + label + "\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		return TestHttp.json(response);
	}

	private static String credentials(String organisation) {
		return ORGANISATIONS + "/" + organisation + "/scim-credentials";
	}

}
