package energy.foundation.identity.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the directory API suites: onboards organisations, creates instances and machine
 * clients through the operator API, gets access tokens from the token endpoint and calls
 * the API, all over HTTP.
 */
public abstract class DirectoryApiTests extends LiveServiceTests {

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	@Autowired
	private Roles roles;

	@Autowired
	private RoleAssignments assignments;

	/**
	 * Assigns one of an instance's default roles ({@code Reader}, {@code Contributor},
	 * {@code Administrator}) to a user or group, as the tenant admin app does.
	 * @return the role's id
	 */
	protected String assignRole(String organisationId, String instanceId, String roleName, Subject subject) {
		UUID organisation = UUID.fromString(organisationId);
		Role role = this.roles.list(organisation, UUID.fromString(instanceId), false)
			.stream()
			.filter((candidate) -> candidate.name().equals(roleName))
			.findFirst()
			.orElseThrow();
		this.assignments.assign(organisation, role.id(), subject, "tests");
		return role.id().toString();
	}

	/**
	 * Creates an instance of an organisation through the operator API.
	 * @return the instance's id
	 */
	protected String createInstance(String organisationId, String name) {
		HttpResult created = operator().send("POST", "/organisations/" + organisationId + "/instances",
				Map.of("Content-Type", "application/json"), "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Creates a machine client of an instance through the operator API.
	 */
	protected MachineClientCredentials createClient(String organisationId, String instanceId) {
		HttpResult created = operator().send("POST", clientsPath(organisationId, instanceId),
				Map.of("Content-Type", "application/json"), "{\"label\":\"Backend\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = created.json();
		return new MachineClientCredentials(organisationId, instanceId, body.get("id").asString(),
				body.get("clientId").asString(), body.get("clientSecret").asString());
	}

	/**
	 * Onboards an organisation with one instance and one machine client of it.
	 */
	protected MachineClientCredentials onboardInstance(String name) {
		Tenant tenant = onboardOrganisation(name);
		String instanceId = createInstance(tenant.organisationId(), "Production");
		return createClient(tenant.organisationId(), instanceId);
	}

	/**
	 * The operator API path of an instance's machine clients, relative to the operator
	 * API's base.
	 */
	protected static String clientsPath(String organisationId, String instanceId) {
		return "/organisations/" + organisationId + "/instances/" + instanceId + "/clients";
	}

	/**
	 * Asks the token endpoint for a token with HTTP Basic client authentication.
	 */
	protected HttpResult requestToken(String clientId, String clientSecret) {
		String basic = Base64.getEncoder()
			.encodeToString((form(clientId) + ":" + form(clientSecret)).getBytes(StandardCharsets.UTF_8));
		return postForm("/oauth2/token", "grant_type=client_credentials", Map.of("Authorization", "Basic " + basic));
	}

	/**
	 * Posts a form to the service, with the given extra headers.
	 */
	protected HttpResult postForm(String path, String form, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(new HttpCaller(rootUrl(), null).uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form));
		headers.forEach(request::header);
		return new HttpCaller(rootUrl(), null).send(request);
	}

	/**
	 * An access token of a client, from the token endpoint.
	 */
	protected String accessToken(MachineClientCredentials client) {
		HttpResult token = requestToken(client.clientId(), client.clientSecret());
		assertThat(token.status()).as(token.body()).isEqualTo(200);
		return token.json().get("access_token").asString();
	}

	/**
	 * A caller of the directory API with a client's access token.
	 */
	protected HttpCaller api(MachineClientCredentials client) {
		return new HttpCaller(rootUrl() + "/api/v1", accessToken(client));
	}

	/**
	 * A caller of an organisation's SCIM endpoints with a new credential of its own.
	 */
	protected HttpCaller scim(String organisationId) {
		HttpResult credential = requestCredential(organisationId, "tests");
		assertThat(credential.status()).as(credential.body()).isEqualTo(201);
		JsonNode body = credential.json();
		return new HttpCaller(body.get("scimBaseUrl").asString(), body.get("secret").asString());
	}

	/**
	 * A fresh random name, so that tests sharing a database never collide.
	 */
	protected static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Provisions a user over SCIM with its {@code userName} as primary work e-mail.
	 * @return the user's id
	 */
	protected static String createUser(HttpCaller scim, String userName, @Nullable String externalId, boolean active) {
		String body = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName + "\","
				+ ((externalId != null) ? "\"externalId\":\"" + externalId + "\"," : "") + "\"emails\":[{\"value\":\""
				+ userName + "\",\"type\":\"work\",\"primary\":true}]," + "\"active\":" + active + "}";
		HttpResult created = scim.post("/Users", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Provisions a group over SCIM with the given direct members.
	 * @return the group's id
	 */
	protected static String createGroup(HttpCaller scim, String displayName, String... memberIds) {
		StringBuilder members = new StringBuilder();
		for (String id : memberIds) {
			members.append((members.length() > 0) ? "," : "").append("{\"value\":\"").append(id).append("\"}");
		}
		HttpResult created = scim.post("/Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
				+ displayName + "\",\"members\":[" + members + "]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * The ids of the items of a page, in order.
	 */
	protected static List<String> ids(HttpResult page) {
		List<String> ids = new ArrayList<>();
		page.json().get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	/**
	 * Asserts that an answer is a problem body of type {@code about:blank} with the
	 * answer's status, whose detail contains the text.
	 */
	protected static void assertProblem(HttpResult response, String detail) {
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type")).as(response.body()).isNotNull();
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("status").asInt()).isEqualTo(response.status());
		assertThat(problem.get("detail").asString()).containsIgnoringCase(detail);
	}

	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
