package energy.foundation.identity.scim.compliance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One organisation's credential tries every SCIM endpoint on another organisation's data:
 * on the first organisation's URL it is refused (401), on its own URL the first
 * organisation's resources do not exist (404, empty lists, rejected members). Every
 * answer is checked to hold none of the first organisation's ids or names, and the first
 * organisation's user and group are checked to be exactly as they were.
 */
abstract class OrganisationIsolationSuite extends LiveServiceTests {

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

	private Tenant first;

	private Tenant second;

	private String userId;

	private String userName;

	private String externalId;

	private String groupId;

	private String groupName;

	private String ownGroupId;

	private JsonNode userBefore;

	private JsonNode groupBefore;

	@BeforeEach
	void createResourcesInTwoOrganisations() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.first = onboardOrganisation("Isolation first " + run);
		this.second = onboardOrganisation("Isolation second " + run);
		this.userName = "isolated." + run + "@contoso.com";
		this.externalId = "isolated-" + run;
		this.groupName = "Isolated group " + run;

		this.userId = created(this.first.scim().post("/Users", """
				{"schemas": ["%s"], "userName": "%s", "externalId": "%s", "active": true,
				 "emails": [{"type": "work", "value": "%s", "primary": true}]}
				""".formatted(USER_SCHEMA, this.userName, this.externalId, this.userName)));
		this.groupId = created(this.first.scim().post("/Groups", """
				{"schemas": ["%s"], "displayName": "%s", "members": [{"value": "%s"}]}
				""".formatted(GROUP_SCHEMA, this.groupName, this.userId)));
		this.ownGroupId = created(this.second.scim().post("/Groups", """
				{"schemas": ["%s"], "displayName": "Own group %s", "members": []}
				""".formatted(GROUP_SCHEMA, run)));

		this.userBefore = this.first.scim().get("/Users/" + this.userId).json();
		this.groupBefore = this.first.scim().get("/Groups/" + this.groupId).json();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requestsOnResources")
	void requestWhenOtherCredentialOnFirstUrlThenUnauthorized(String method, String path, String body) {
		HttpResult result = send(intruderOnFirstUrl(), method, path, body);

		assertScimError(result, 401);
		assertNoLeak(result);
		assertFirstOrganisationUnchanged();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requestsOnCollections")
	void collectionRequestWhenOtherCredentialOnFirstUrlThenUnauthorized(String method, String path, String body) {
		HttpResult result = send(intruderOnFirstUrl(), method, path, body);

		assertScimError(result, 401);
		assertNoLeak(result);
		assertFirstOrganisationUnchanged();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requestsOnResources")
	void requestWhenOtherCredentialOnOwnUrlThenNotFound(String method, String path, String body) {
		HttpResult result = send(this.second.scim(), method, path, body);

		assertScimError(result, 404);
		assertNoLeak(result);
		assertFirstOrganisationUnchanged();
	}

	@Test
	void requestWhenCredentialOnUnknownOrganisationUrlThenUnauthorized() {
		String unknownBase = this.first.scimBaseUrl()
			.replace(this.first.organisationId(), UUID.randomUUID().toString());

		HttpResult result = new HttpCaller(unknownBase, this.second.secret()).get("/Users");

		assertScimError(result, 401);
		assertNoLeak(result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filtersForFirstOrganisationsResources")
	void listWhenFilterNamesFirstOrganisationsResourceOnOwnUrlThenNoResults(String endpoint, String filter) {
		HttpResult result = this.second.scim().get(endpoint + "?filter=" + encode(resolve(filter)));

		assertEmptyListResponse(result);
		assertNoLeak(result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filtersForFirstOrganisationsResources")
	void searchWhenFilterNamesFirstOrganisationsResourceOnOwnUrlThenNoResults(String endpoint, String filter) {
		HttpResult result = this.second.scim().post(endpoint + "/.search", searchRequest(resolve(filter)));

		assertEmptyListResponse(result);
		assertNoLeak(result);
	}

	@Test
	void searchAtRootWhenFilterNamesFirstOrganisationsUserOnOwnUrlThenNoResults() {
		HttpResult result = this.second.scim().post("/.search", searchRequest("userName eq \"" + this.userName + "\""));

		// RFC 7644 §3.4.3 lets a service offer or refuse the root search; either way no
		// data leaks.
		if (result.status() != 200) {
			assertThat(result.status()).as(result.body()).isIn(400, 403, 404, 501);
			assertThat(result.header("Content-Type")).startsWith("application/scim+json");
		}
		else {
			assertEmptyListResponse(result);
		}
		assertNoLeak(result);
	}

	@Test
	void listWhenOwnUrlWithoutFilterThenOnlyOwnResources() {
		HttpResult users = this.second.scim().get("/Users");
		HttpResult groups = this.second.scim().get("/Groups");

		assertThat(users.status()).as(users.body()).isEqualTo(200);
		assertThat(users.json().path("totalResults").asInt(-1)).isZero();
		assertNoLeak(users);
		assertThat(groups.status()).as(groups.body()).isEqualTo(200);
		assertThat(groups.json().path("totalResults").asInt(-1)).isEqualTo(1);
		assertThat(groups.body()).contains(this.ownGroupId);
		assertNoLeak(groups);
	}

	@Test
	void createGroupWhenMemberBelongsToFirstOrganisationThenBadRequestAndNothingCreated() {
		String name = "Smuggler " + UUID.randomUUID();

		HttpResult result = this.second.scim().post("/Groups", """
				{"schemas": ["%s"], "displayName": "%s", "members": [{"value": "%s"}]}
				""".formatted(GROUP_SCHEMA, name, this.userId));

		assertScimError(result, 400);
		assertNoLeak(result);
		HttpResult lookup = this.second.scim().get("/Groups?filter=" + encode("displayName eq \"" + name + "\""));
		assertEmptyListResponse(lookup);
		assertFirstOrganisationUnchanged();
	}

	@Test
	void patchGroupWhenAddingMemberOfFirstOrganisationThenBadRequestAndMembersUnchanged() {
		HttpResult result = this.second.scim().patch("/Groups/" + this.ownGroupId, """
				{"schemas": ["%s"], "Operations": [{"op": "add", "path": "members", "value": [{"value": "%s"}]}]}
				""".formatted(PATCH_SCHEMA, this.userId));

		assertScimError(result, 400);
		assertNoLeak(result);
		assertOwnGroupHasNoMembers();
		assertFirstOrganisationUnchanged();
	}

	@Test
	void patchGroupWhenAddingGroupOfFirstOrganisationThenBadRequestAndMembersUnchanged() {
		HttpResult result = this.second.scim().patch("/Groups/" + this.ownGroupId, """
				{"schemas": ["%s"], "Operations": [{"op": "Add", "path": "members", "value": [{"value": "%s"}]}]}
				""".formatted(PATCH_SCHEMA, this.groupId));

		assertScimError(result, 400);
		assertNoLeak(result);
		assertOwnGroupHasNoMembers();
		assertFirstOrganisationUnchanged();
	}

	@Test
	void putGroupWhenMemberBelongsToFirstOrganisationThenBadRequestAndMembersUnchanged() {
		HttpResult result = this.second.scim().put("/Groups/" + this.ownGroupId, """
				{"schemas": ["%s"], "displayName": "Own group renamed", "members": [{"value": "%s"}]}
				""".formatted(GROUP_SCHEMA, this.userId));

		assertScimError(result, 400);
		assertNoLeak(result);
		assertOwnGroupHasNoMembers();
		assertFirstOrganisationUnchanged();
	}

	@Test
	void createUserWhenUserNameTakenInFirstOrganisationThenCreatedSeparately() {
		HttpResult result = this.second.scim().post("/Users", """
				{"schemas": ["%s"], "userName": "%s"}
				""".formatted(USER_SCHEMA, this.userName.toUpperCase(Locale.ROOT)));

		assertThat(result.status()).as(result.body()).isEqualTo(201);
		String ownId = result.json().path("id").asString();
		assertThat(ownId).isNotEqualTo(this.userId);
		assertThat(result.body()).doesNotContain(this.userId);
		HttpResult firstLookup = this.first.scim()
			.get("/Users?filter=" + encode("userName eq \"" + this.userName + "\""));
		assertThat(firstLookup.json().path("totalResults").asInt(-1)).isEqualTo(1);
		assertThat(firstLookup.json().path("Resources").path(0).path("id").asString()).isEqualTo(this.userId);
		assertFirstOrganisationUnchanged();
	}

	static Stream<Arguments> requestsOnResources() {
		return Stream.of(Arguments.of("GET", "/Users/{user}", null),
				Arguments.of("PUT", "/Users/{user}",
						"{\"schemas\": [\"" + USER_SCHEMA
								+ "\"], \"userName\": \"taken.over@contoso.com\", \"active\": false}"),
				Arguments.of("PATCH", "/Users/{user}", "{\"schemas\": [\"" + PATCH_SCHEMA + "\"], \"Operations\": ["
						+ "{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"},"
						+ "{\"op\": \"replace\", \"path\": \"userName\", \"value\": \"taken.over@contoso.com\"}]}"),
				Arguments.of("DELETE", "/Users/{user}", null), Arguments.of("GET", "/Groups/{group}", null),
				Arguments.of("GET", "/Groups/{group}?excludedAttributes=members", null),
				Arguments.of("PUT", "/Groups/{group}",
						"{\"schemas\": [\"" + GROUP_SCHEMA + "\"], \"displayName\": \"Taken over\", \"members\": []}"),
				Arguments.of("PATCH", "/Groups/{group}", "{\"schemas\": [\"" + PATCH_SCHEMA + "\"], \"Operations\": ["
						+ "{\"op\": \"Remove\", \"path\": \"members\", \"value\": [{\"value\": \"{user}\"}]}]}"),
				Arguments.of("PATCH", "/Groups/{group}",
						"{\"schemas\": [\"" + PATCH_SCHEMA
								+ "\"], \"Operations\": [{\"op\": \"remove\", \"path\": \"members\"}]}"),
				Arguments.of("DELETE", "/Groups/{group}", null));
	}

	static Stream<Arguments> requestsOnCollections() {
		String search = "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"], "
				+ "\"filter\": \"userName eq \\\"{userName}\\\"\"}";
		return Stream.of(Arguments.of("GET", "/Users", null),
				Arguments.of("GET", "/Users?filter=userName+eq+%22{userName}%22", null),
				Arguments.of("GET", "/Groups", null),
				Arguments
					.of("GET", "/Groups?excludedAttributes=members&filter=displayName+eq+%22{groupNameQuery}%22", null),
				Arguments.of("POST", "/Users/.search", search), Arguments.of("POST", "/.search", search),
				Arguments.of("POST", "/Users",
						"{\"schemas\": [\"" + USER_SCHEMA + "\"], \"userName\": \"planted.user@contoso.com\"}"),
				Arguments.of("POST", "/Groups", "{\"schemas\": [\"" + GROUP_SCHEMA
						+ "\"], \"displayName\": \"Planted group\", \"members\": [{\"value\": \"{user}\"}]}"));
	}

	static Stream<Arguments> filtersForFirstOrganisationsResources() {
		return Stream.of(Arguments.of("/Users", "userName eq \"{userName}\""),
				Arguments.of("/Users", "userName sw \"isolated.\""), Arguments.of("/Users", "id eq \"{user}\""),
				Arguments.of("/Users", "externalId eq \"{externalId}\""),
				Arguments.of("/Users", "emails[type eq \"work\" and value eq \"{userName}\"]"),
				Arguments.of("/Users", "userName pr and active eq true"),
				Arguments.of("/Groups", "displayName eq \"{groupName}\""), Arguments.of("/Groups", "id eq \"{group}\""),
				Arguments.of("/Groups", "members[value eq \"{user}\"]"));
	}

	private HttpCaller intruderOnFirstUrl() {
		return new HttpCaller(this.first.scimBaseUrl(), this.second.secret());
	}

	private HttpResult send(HttpCaller caller, String method, String path, String body) {
		return caller.send(method, resolve(path), Map.of(), (body != null) ? resolve(body) : null);
	}

	private String resolve(String template) {
		return template.replace("{user}", this.userId)
			.replace("{group}", this.groupId)
			.replace("{userName}", this.userName)
			.replace("{groupNameQuery}", encode(this.groupName))
			.replace("{groupName}", this.groupName)
			.replace("{externalId}", this.externalId);
	}

	private void assertScimError(HttpResult result, int status) {
		assertThat(result.status()).as(result.body()).isEqualTo(status);
		assertThat(result.header("Content-Type")).startsWith("application/scim+json");
		assertThat(result.json().path("schemas").path(0).asString("")).isEqualTo(ERROR_SCHEMA);
		assertThat(result.json().path("status").asString("")).isEqualTo(Integer.toString(status));
	}

	private void assertEmptyListResponse(HttpResult result) {
		assertThat(result.status()).as(result.body()).isEqualTo(200);
		assertThat(result.json().path("totalResults").asInt(-1)).as(result.body()).isZero();
		assertThat(result.json().path("Resources").size()).isZero();
	}

	private void assertNoLeak(HttpResult result) {
		String body = result.body().toLowerCase(Locale.ROOT);
		assertThat(body).as("the answer to the second organisation")
			.doesNotContain(this.userId.toLowerCase(Locale.ROOT), this.groupId.toLowerCase(Locale.ROOT),
					this.userName.toLowerCase(Locale.ROOT), this.groupName.toLowerCase(Locale.ROOT),
					this.externalId.toLowerCase(Locale.ROOT));
	}

	private void assertOwnGroupHasNoMembers() {
		HttpResult group = this.second.scim().get("/Groups/" + this.ownGroupId);
		assertThat(group.status()).as(group.body()).isEqualTo(200);
		assertThat(group.json().path("members").size()).isZero();
	}

	private void assertFirstOrganisationUnchanged() {
		assertThat(this.first.scim().get("/Users/" + this.userId).json()).isEqualTo(this.userBefore);
		assertThat(this.first.scim().get("/Groups/" + this.groupId).json()).isEqualTo(this.groupBefore);
		assertThat(this.first.scim().get("/Users").json().path("totalResults").asInt(-1)).isEqualTo(1);
		assertThat(this.first.scim().get("/Groups").json().path("totalResults").asInt(-1)).isEqualTo(1);
	}

	private static String created(HttpResult result) {
		assertThat(result.status()).as(result.body()).isEqualTo(201);
		return result.json().path("id").asString();
	}

	private static String encode(String filter) {
		return URLEncoder.encode(filter, StandardCharsets.UTF_8);
	}

	private static String searchRequest(String filter) {
		return """
				{"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "filter": %s}
				""".formatted(quote(filter));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
