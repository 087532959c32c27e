package energy.foundation.identity.support;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the black-box suites: the whole service on a random port, reached over HTTP
 * only. Subclasses choose the database with a {@code @DynamicPropertySource} method
 * calling {@link TestDatabases}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "foundation.bootstrap-operator-token=" + LiveServiceTests.OPERATOR_TOKEN)
public abstract class LiveServiceTests {

	/**
	 * The operator token the service is started with.
	 */
	public static final String OPERATOR_TOKEN = "fiop_test-operator-token-for-black-box-suites-0123456789";

	@LocalServerPort
	private int port;

	/**
	 * The service's root URL, for example {@code http://localhost:43121}.
	 */
	protected String rootUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * A caller for the operator API with the bootstrap operator token.
	 */
	protected HttpCaller operator() {
		return new HttpCaller(rootUrl() + "/operator/api", OPERATOR_TOKEN);
	}

	/**
	 * Onboards a new organisation through the operator API and issues it a SCIM
	 * credential.
	 */
	protected Tenant onboardOrganisation(String name) {
		String tenantId = UUID.randomUUID().toString();
		HttpResult created = operator().send("POST", "/organisations", Map.of("Content-Type", "application/json"),
				"{\"name\":\"" + name + "\",\"entraTenantId\":\"" + tenantId + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String organisationId = created.json().get("id").asString();
		HttpResult credential = requestCredential(organisationId, "tests");
		assertThat(credential.status()).as(credential.body()).isEqualTo(201);
		JsonNode body = credential.json();
		return new Tenant(organisationId, tenantId, body.get("scimBaseUrl").asString(), body.get("secret").asString());
	}

	/**
	 * Asks the operator API for another SCIM credential of an organisation and returns
	 * the answer as it came (201 with {@code id}, {@code secret} and {@code scimBaseUrl}
	 * when it worked).
	 */
	protected HttpResult requestCredential(String organisationId, String label) {
		return operator().send("POST", "/organisations/" + organisationId + "/scim-credentials",
				Map.of("Content-Type", "application/json"), "{\"label\":\"" + label + "\"}");
	}

	/**
	 * Revokes a SCIM credential through the operator API and returns the answer.
	 */
	protected HttpResult revokeCredential(String organisationId, String credentialId) {
		return operator().delete("/organisations/" + organisationId + "/scim-credentials/" + credentialId);
	}

}
