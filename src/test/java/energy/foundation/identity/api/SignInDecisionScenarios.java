package energy.foundation.identity.api;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.access.Subject;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.support.DirectoryApiTests;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.MachineClientCredentials;
import energy.foundation.identity.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in decisions over HTTP: every refusal reason and the rules by which an identity is
 * linked to a provisioned user on first use. Run on each database by a subclass.
 */
abstract class SignInDecisionScenarios extends DirectoryApiTests {

	private static final String DECISIONS = "/sign-in-decisions";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OKTA_ISSUER = "https://contoso.okta.com/oauth2/default";

	@Autowired
	private AuditLog auditLog;

	private Tenant contoso;

	private MachineClientCredentials client;

	private HttpCaller scim;

	private HttpCaller api;

	@BeforeEach
	void onboard() {
		this.contoso = onboardOrganisation("Contoso");
		this.client = createClient(this.contoso.organisationId(),
				createInstance(this.contoso.organisationId(), "Production"));
		this.scim = this.contoso.scim();
		this.api = api(this.client);
	}

	@Test
	void decideWhenUserHoldsRoleThroughGroupThenAllowedWithRoles() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", objectId, true);
		String group = createGroup(this.scim, "Editors", user);
		String role = assignRole(this.contoso.organisationId(), this.client.instanceId(), "Contributor",
				Subject.group(UUID.fromString(group)));

		JsonNode decision = decide(entra(objectId, "avery@contoso.com", null));

		assertThat(decision.get("decision").asString()).isEqualTo("allowed");
		assertThat(decision.get("reason").isNull()).isTrue();
		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		JsonNode granted = decision.get("roles").get(0);
		assertThat(granted.get("id").asString()).isEqualTo(role);
		assertThat(granted.get("name").asString()).isEqualTo("Contributor");
		assertThat(granted.get("sources").get(0).get("type").asString()).isEqualTo("group");
		assertThat(granted.get("sources").get(0).get("groupId").asString()).isEqualTo(group);
	}

	@Test
	void decideWhenUserHoldsRoleInAnotherInstanceOnlyThenNoRole() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", objectId, true);
		String test = createInstance(this.contoso.organisationId(), "Test");
		assignRole(this.contoso.organisationId(), test, "Administrator", Subject.user(UUID.fromString(user)));

		JsonNode decision = decide(entra(objectId, null, null));

		assertRefused(decision, "no_role");
		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenRefusedForNoRoleThenIdentityNotLinked() {
		String user = createUser(this.scim, "avery@contoso.com", null, true);
		JsonNode noRole = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));
		grant(user);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));

		assertRefused(noRole, "no_role");
		assertThat(decision.get("decision").asString()).isEqualTo("allowed");
		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenAnotherInstanceLinkedTheIdentityThenThisInstanceMatchesOnItsOwn() {
		String objectId = UUID.randomUUID().toString();
		String avery = createUser(this.scim, "avery@contoso.com", null, true);
		String blake = createUser(this.scim, "blake@contoso.com", null, true);
		HttpCaller test = testInstance(avery, blake);
		JsonNode inTest = decide(test, entra(objectId, "avery@contoso.com", null));
		grant(avery);
		grant(blake);

		JsonNode decision = decide(entra(objectId, "blake@contoso.com", null));

		assertThat(inTest.get("user").get("id").asString()).isEqualTo(avery);
		assertThat(inTest.get("identityLinkedNow").asBoolean()).isTrue();
		assertThat(decision.get("decision").asString()).isEqualTo("allowed");
		assertThat(decision.get("user").get("id").asString()).isEqualTo(blake);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenAnotherInstanceLinkedAForgedIdentityToTheUserThenThePersonStillSignsIn() {
		String avery = createUser(this.scim, "avery@contoso.com", null, true);
		HttpCaller test = testInstance(avery);
		JsonNode forged = decide(test, entra(UUID.randomUUID().toString(), "avery@contoso.com", null));
		grant(avery);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));

		assertThat(forged.get("identityLinkedNow").asBoolean()).isTrue();
		assertThat(decision.get("decision").asString()).isEqualTo("allowed");
		assertThat(decision.get("user").get("id").asString()).isEqualTo(avery);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenAllowedUserDisabledThenDisabledWithoutRoles() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", objectId, true);
		assignRole(this.contoso.organisationId(), this.client.instanceId(), "Reader",
				Subject.user(UUID.fromString(user)));
		assertThat(decide(entra(objectId, null, null)).get("decision").asString()).isEqualTo("allowed");
		this.scim.patch("/Users/" + user, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
				+ "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");

		JsonNode decision = decide(entra(objectId, null, null));

		assertRefused(decision, "disabled");
	}

	@Test
	void decideWhenNothingMatchesThenUnknownPerson() {
		createUser(this.scim, "avery@contoso.com", null, true);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "nobody@contoso.com", "nobody@contoso.com"));

		assertRefused(decision, "unknown_person");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenObjectIdIsExternalIdThenLinkedToThatUser() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", objectId, true);
		grant(user);

		JsonNode first = decide(entra(objectId, null, null));
		JsonNode second = decide(entra(objectId, null, null));

		assertThat(first.get("user").get("id").asString()).isEqualTo(user);
		assertThat(first.get("identityLinkedNow").asBoolean()).isTrue();
		assertThat(second.get("user").get("id").asString()).isEqualTo(user);
		assertThat(second.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenPreferredUsernameIsUserNameInAnotherCaseThenLinked() {
		String user = createUser(this.scim, "Avery.Brooks@contoso.com", "avery.brooks", true);
		grant(user);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery.brooks@CONTOSO.com", null));

		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		assertThat(decision.get("user").get("userName").asString()).isEqualTo("Avery.Brooks@contoso.com");
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenOnlyEmailMatchesThenUnknownPerson() {
		createUserWithEmail("a.brooks@contoso.onmicrosoft.com", "avery@contoso.com");

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), null, "Avery@Contoso.com"));

		assertRefused(decision, "unknown_person");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenPreferredUsernameIsOnlyAnEmailAddressThenUnknownPerson() {
		createUserWithEmail("a.brooks@contoso.onmicrosoft.com", "avery@contoso.com");

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", "avery@contoso.com"));

		assertRefused(decision, "unknown_person");
	}

	@Test
	void decideWhenGuestCarriesMembersEmailThenUnknownPersonAndMemberUntouched() {
		String memberObjectId = UUID.randomUUID().toString();
		String member = createUser(this.scim, "avery@contoso.com", null, true);
		assignRole(this.contoso.organisationId(), this.client.instanceId(), "Administrator",
				Subject.user(UUID.fromString(member)));

		JsonNode guest = decide(entra(UUID.randomUUID().toString(), "mallory@fabrikam.com", "avery@contoso.com"));
		JsonNode real = decide(entra(memberObjectId, "avery@contoso.com", "avery@contoso.com"));

		assertRefused(guest, "unknown_person");
		assertThat(guest.get("user").isNull()).isTrue();
		assertThat(real.get("decision").asString()).isEqualTo("allowed");
		assertThat(real.get("user").get("id").asString()).isEqualTo(member);
		assertThat(real.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenUserNameMatchesButExternalIdIsAnotherObjectIdThenUnknownPerson() {
		createUser(this.scim, "avery@contoso.com", UUID.randomUUID().toString(), true);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));

		assertRefused(decision, "unknown_person");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenGuestSignsInThenLinkedByUserName() {
		String guest = createUser(this.scim, "sam.lee@fabrikam.com", "sam.lee_fabrikam.com#EXT#", true);
		grant(guest);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "sam.lee@fabrikam.com", "sam.lee@fabrikam.com"));

		assertThat(decision.get("user").get("id").asString()).isEqualTo(guest);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenLinkedThenLinkCountsNotTheClaims() {
		String objectId = UUID.randomUUID().toString();
		String linked = createUser(this.scim, "avery@contoso.com", null, true);
		grant(linked);
		decide(entra(objectId, "avery@contoso.com", null));
		grant(createUser(this.scim, "blake@contoso.com", null, true));

		JsonNode decision = decide(entra(objectId, "blake@contoso.com", "blake@contoso.com"));

		assertThat(decision.get("user").get("id").asString()).isEqualTo(linked);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenLinkedUserSignsInWithAnotherObjectIdThenIdentityConflict() {
		String user = createUser(this.scim, "avery@contoso.com", null, true);
		grant(user);
		decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "avery@contoso.com", null));

		assertRefused(decision, "identity_conflict");
		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenSeveralActiveUsersShareTheObjectIdThenIdentityConflict() {
		String objectId = UUID.randomUUID().toString();
		createUser(this.scim, "first@contoso.com", objectId, true);
		createUser(this.scim, "second@contoso.com", objectId, true);

		JsonNode decision = decide(entra(objectId, null, null));

		assertRefused(decision, "identity_conflict");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenMatchedUserDisabledThenDisabledAndNotLinked() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", null, false);

		JsonNode first = decide(entra(objectId, "avery@contoso.com", null));
		JsonNode again = decide(entra(objectId, "avery@contoso.com", null));

		assertRefused(first, "disabled");
		assertThat(first.get("user").get("id").asString()).isEqualTo(user);
		assertThat(first.get("identityLinkedNow").asBoolean()).isFalse();
		assertThat(again.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenLinkedUserDisabledBySCIMThenDisabled() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", objectId, true);
		grant(user);
		decide(entra(objectId, null, null));
		HttpResult disabled = this.scim.patch("/Users/" + user,
				"{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
						+ "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

		JsonNode decision = decide(entra(objectId, null, null));

		assertRefused(decision, "disabled");
		assertThat(decision.get("user").get("active").asBoolean()).isFalse();
	}

	@Test
	void decideWhenEntraSwitchedOffThenProviderDisabled() {
		String objectId = UUID.randomUUID().toString();
		createUser(this.scim, "avery@contoso.com", objectId, true);
		setProviders("{\"entra\": false}");

		JsonNode decision = decide(entra(objectId, null, null));

		assertRefused(decision, "provider_disabled");
	}

	@Test
	void decideWhenOktaOffByDefaultThenProviderDisabled() {
		createUser(this.scim, "avery@contoso.com", "00u1abcd2EFGH3ijk4l5", true);

		JsonNode decision = decide(okta("00u1abcd2EFGH3ijk4l5"));

		assertRefused(decision, "provider_disabled");
	}

	@Test
	void decideWhenOktaSubjectIsExternalIdThenLinked() {
		String user = createUser(this.scim, "avery@contoso.com", "00u1abcd2EFGH3ijk4l5", true);
		grant(user);
		setProviders("{\"okta\": true, \"oktaIssuer\": \"" + OKTA_ISSUER + "/\"}");

		JsonNode decision = decide(okta("00u1abcd2EFGH3ijk4l5"));
		JsonNode otherCase = decide(okta("00U1ABCD2EFGH3IJK4L5"));

		assertThat(decision.get("user").get("id").asString()).isEqualTo(user);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
		assertRefused(otherCase, "unknown_person");
	}

	@Test
	void decideWhenOktaIssuerHasTrailingSlashThenSameIdentity() {
		String user = createUser(this.scim, "avery@contoso.com", "00u1abcd2EFGH3ijk4l5", true);
		grant(user);
		setProviders("{\"okta\": true, \"oktaIssuer\": \"" + OKTA_ISSUER + "\"}");

		JsonNode first = decide(
				Map.of("provider", "okta", "issuer", OKTA_ISSUER + "/", "subject", "00u1abcd2EFGH3ijk4l5"));
		JsonNode second = decide(okta("00u1abcd2EFGH3ijk4l5"));

		assertThat(first.get("identityLinkedNow").asBoolean()).isTrue();
		assertThat(second.get("decision").asString()).isEqualTo("allowed");
		assertThat(second.get("user").get("id").asString()).isEqualTo(user);
		assertThat(second.get("identityLinkedNow").asBoolean()).isFalse();
	}

	@Test
	void decideWhenOktaIssuerNotSetThenProviderNotConfigured() {
		grant(createUser(this.scim, "avery@contoso.com", "00u1abcd2EFGH3ijk4l5", true));
		setProviders("{\"okta\": true}");

		JsonNode decision = decide(okta("00u1abcd2EFGH3ijk4l5"));

		assertRefused(decision, "provider_not_configured");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenOktaIssuerIsNotTheOrganisationsThenWrongTenant() {
		grant(createUser(this.scim, "avery@contoso.com", "00u1abcd2EFGH3ijk4l5", true));
		setProviders("{\"okta\": true, \"oktaIssuer\": \"" + OKTA_ISSUER + "\"}");

		JsonNode decision = decide(Map.of("provider", "okta", "issuer", "https://fabrikam.okta.com/oauth2/default",
				"subject", "00u1abcd2EFGH3ijk4l5"));

		assertRefused(decision, "wrong_tenant");
		assertThat(decision.get("user").isNull()).isTrue();
	}

	@Test
	void decideWhenTenantIsNotTheOrganisationsThenWrongTenant() {
		String objectId = UUID.randomUUID().toString();
		createUser(this.scim, "avery@contoso.com", objectId, true);
		Tenant fabrikam = onboardOrganisation("Fabrikam");

		JsonNode decision = decide(Map.of("provider", "entra", "tenantId", fabrikam.entraTenantId(), "objectId",
				objectId, "preferredUsername", "avery@contoso.com"));

		assertRefused(decision, "wrong_tenant");
	}

	@Test
	void decideWhenOnlyAnotherOrganisationHasThePersonThenUnknownPerson() {
		Tenant fabrikam = onboardOrganisation("Fabrikam");
		createUser(fabrikam.scim(), "taylor@fabrikam.com", null, true);

		JsonNode decision = decide(entra(UUID.randomUUID().toString(), "taylor@fabrikam.com", "taylor@fabrikam.com"));

		assertRefused(decision, "unknown_person");
		assertThat(decision.toString()).doesNotContain("taylor@fabrikam.com");
	}

	@Test
	void decideWhenLinkedUserDeletedAndProvisionedAgainThenLinkedToTheNewUser() {
		String objectId = UUID.randomUUID().toString();
		String first = createUser(this.scim, "avery@contoso.com", null, true);
		grant(first);
		decide(entra(objectId, "avery@contoso.com", null));
		assertThat(this.scim.delete("/Users/" + first).status()).isEqualTo(204);
		String second = createUser(this.scim, "avery@contoso.com", null, true);
		grant(second);

		JsonNode decision = decide(entra(objectId, "avery@contoso.com", null));

		assertThat(decision.get("user").get("id").asString()).isEqualTo(second);
		assertThat(decision.get("identityLinkedNow").asBoolean()).isTrue();
	}

	@Test
	void decideWhenLinkedThenAuditedWithIdsOnly() {
		String objectId = UUID.randomUUID().toString();
		String user = createUser(this.scim, "avery@contoso.com", null, true);
		grant(user);

		decide(entra(objectId, "avery@contoso.com", "avery@contoso.com"));

		List<AuditLogEntry> entries = this.auditLog
			.search(AuditLogQuery.ofOrganisation(UUID.fromString(this.contoso.organisationId()), 10))
			.entries()
			.stream()
			.filter((entry) -> entry.action().equals("identity.linked"))
			.toList();
		assertThat(entries).hasSize(1);
		AuditLogEntry entry = entries.get(0);
		assertThat(entry.actor().kind()).isEqualTo(ActorKind.MACHINE_CLIENT);
		assertThat(entry.actor().name()).isEqualTo(this.client.clientId());
		assertThat(entry.target()).isEqualTo(user);
		assertThat(entry.detail()).contains(objectId)
			.contains(this.contoso.entraTenantId())
			.contains(this.client.instanceId());
		assertThat(entry.detail()).doesNotContain("avery");
	}

	@Test
	void decideWhenRequestMalformedThenProblems() {
		HttpResult noProvider = post("{\"objectId\":\"" + UUID.randomUUID() + "\"}", "application/json");
		HttpResult badTenant = post(
				"{\"provider\":\"entra\",\"tenantId\":\"contoso\",\"objectId\":\"" + UUID.randomUUID() + "\"}",
				"application/json");
		HttpResult noSubject = post("{\"provider\":\"okta\",\"issuer\":\"https://x.okta.com\"}", "application/json");
		HttpResult notJson = post("{\"provider\":", "application/json");
		HttpResult form = post("provider=entra", "application/x-www-form-urlencoded");

		assertThat(noProvider.status()).isEqualTo(400);
		assertProblem(noProvider, "provider must be entra or okta");
		assertThat(badTenant.status()).isEqualTo(400);
		assertProblem(badTenant, "tenantId must be a GUID");
		assertThat(noSubject.status()).isEqualTo(400);
		assertProblem(noSubject, "subject is required");
		assertThat(notJson.status()).isEqualTo(400);
		assertProblem(notJson, "not valid JSON");
		assertThat(form.status()).isEqualTo(415);
		assertThat(form.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void decideWhenObjectIdNotCanonicalThenProblem() {
		String objectId = UUID.randomUUID().toString();
		// the version digit, in full width: the same GUID to a parser that reads any
		// script's digits
		String fullWidth = objectId.substring(0, 14) + '\uFF14' + objectId.substring(15);
		Map<String, String> claims = entra(fullWidth, null, null);

		HttpResult response = post(JSON.writeValueAsString(claims), "application/json");

		assertThat(response.status()).isEqualTo(400);
		assertProblem(response, "objectId must be a GUID");
	}

	@Test
	void decideWhenBodyLargerThanSixteenKilobytesThenContentTooLarge() {
		Map<String, String> claims = entra(UUID.randomUUID().toString(), null, null);
		claims.put("padding", "x".repeat(SignInDecisionBodyLimit.MAX_BYTES));
		byte[] body = JSON.writeValueAsBytes(claims);
		HttpRequest.Builder chunked = HttpRequest.newBuilder(this.api.uri(DECISIONS))
			.header("Authorization", "Bearer " + accessToken(this.client))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		HttpResult withLength = post(new String(body, StandardCharsets.UTF_8), "application/json");
		HttpResult withoutLength = this.api.send(chunked);

		assertThat(withLength.status()).isEqualTo(413);
		assertProblem(withLength, "The request body must be at most 64 KB");
		assertThat(withoutLength.status()).isEqualTo(413);
		assertProblem(withoutLength, "The request body must be at most 64 KB");
	}

	@Test
	void decideWhenBodyJustUnderTheLimitThenDecided() {
		Map<String, String> claims = entra(UUID.randomUUID().toString(), null, null);
		String small = JSON.writeValueAsString(claims);
		claims.put("padding", "x".repeat(SignInDecisionBodyLimit.MAX_BYTES - small.length() - 20));

		HttpResult response = post(JSON.writeValueAsString(claims), "application/json");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("reason").asString()).isEqualTo("unknown_person");
	}

	private HttpResult post(String body, String contentType) {
		return this.api.send("POST", DECISIONS, Map.of("Content-Type", contentType), body);
	}

	private Map<String, String> entra(String objectId, String preferredUsername, String email) {
		Map<String, String> claims = new LinkedHashMap<>();
		claims.put("provider", "entra");
		claims.put("tenantId", this.contoso.entraTenantId());
		claims.put("objectId", objectId);
		if (preferredUsername != null) {
			claims.put("preferredUsername", preferredUsername);
		}
		if (email != null) {
			claims.put("email", email);
		}
		return claims;
	}

	private static Map<String, String> okta(String subject) {
		return Map.of("provider", "okta", "issuer", OKTA_ISSUER, "subject", subject);
	}

	private JsonNode decide(Map<String, String> claims) {
		return decide(this.api, claims);
	}

	private static JsonNode decide(HttpCaller api, Map<String, String> claims) {
		HttpResult response = api.send("POST", DECISIONS, Map.of("Content-Type", "application/json"),
				JSON.writeValueAsString(claims));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/**
	 * Gives a user a role in the instance of the test's client, so that it may sign in.
	 */
	private void grant(String userId) {
		assignRole(this.contoso.organisationId(), this.client.instanceId(), "Reader",
				Subject.user(UUID.fromString(userId)));
	}

	/**
	 * A caller of the API as a client of a second instance, Test, in which the users hold
	 * a role.
	 */
	private HttpCaller testInstance(String... userIds) {
		String test = createInstance(this.contoso.organisationId(), "Test");
		for (String userId : userIds) {
			assignRole(this.contoso.organisationId(), test, "Administrator", Subject.user(UUID.fromString(userId)));
		}
		return api(createClient(this.contoso.organisationId(), test));
	}

	private String createUserWithEmail(String userName, String email) {
		HttpResult created = this.scim.post("/Users",
				"{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
						+ "\",\"emails\":[{\"value\":\"" + email + "\",\"type\":\"work\",\"primary\":true}]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void setProviders(String body) {
		HttpResult response = operator().send("PUT",
				"/organisations/" + this.contoso.organisationId() + "/sign-in-providers",
				Map.of("Content-Type", "application/json"), body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private static void assertRefused(JsonNode decision, String reason) {
		assertThat(decision.get("decision").asString()).isEqualTo("refused");
		assertThat(decision.get("reason").asString()).isEqualTo(reason);
		assertThat(decision.get("roles")).isEmpty();
		assertThat(decision.get("detail").asString()).isNotBlank();
	}

}
