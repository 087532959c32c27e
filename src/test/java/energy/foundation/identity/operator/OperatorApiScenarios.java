package energy.foundation.identity.operator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator API over HTTP, run on each database by a subclass.
 */
abstract class OperatorApiScenarios extends LiveServiceTests {

	@Autowired
	private AuditLog auditLog;

	private static final String OPERATOR = OPERATOR_TOKEN;

	private static final String ORGANISATIONS = "/operator/api/organisations";

	private static final String USER = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
			+ " \"userName\": \"avery@contoso.com\"}";

	@Test
	void createWhenValidThenCreatedWithLocationAndScimBaseUrl() {
		String tenant = UUID.randomUUID().toString();

		HttpResult response = post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso\", \"entraTenantId\": \"" + tenant.toUpperCase() + "\"}");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		String id = body.get("id").asString();
		assertThat(body.get("name").asString()).isEqualTo("Contoso");
		assertThat(body.get("entraTenantId").asString()).isEqualTo(tenant);
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("createdAt").asString()).isNotBlank();
		assertThat(body.get("scimBaseUrl").asString()).isEqualTo(rootUrl() + "/scim/v2/organisations/" + id);
		assertThat(response.headers().firstValue("Location")).hasValue(rootUrl() + ORGANISATIONS + "/" + id);
	}

	@Test
	void changesWhenMadeThroughApiThenAuditedOnceEachWithoutSecrets() {
		String organisation = createOrganisation();
		String instance = createInstance(organisation, "Staging");
		send("PATCH", instances(organisation) + "/" + instance, "{\"name\": \"Test\"}");
		post(instances(organisation) + "/" + instance + "/retire", OPERATOR, "{}");
		post(instances(organisation) + "/" + instance + "/retire", OPERATOR, "{}");
		JsonNode credential = issueCredential(organisation, "Entra");
		delete(credentials(organisation) + "/" + credential.get("id").asString(), OPERATOR);
		delete(credentials(organisation) + "/" + credential.get("id").asString(), OPERATOR);
		send("PUT", signInProviders(organisation),
				"{\"okta\": true, \"oktaIssuer\": \"https://contoso.okta.com/oauth2/default\"}");
		send("PUT", signInProviders(organisation), "{\"okta\": true}");
		post(organisation(organisation) + "/suspend", OPERATOR, "{}");
		post(organisation(organisation) + "/suspend", OPERATOR, "{}");
		post(organisation(organisation) + "/reinstate", OPERATOR, "{}");

		List<AuditLogEntry> entries = this.auditLog
			.search(AuditLogQuery.ofOrganisation(UUID.fromString(organisation), 50))
			.entries();

		assertThat(entries).extracting(AuditLogEntry::action)
			.containsExactly("organisation.reinstated", "organisation.suspended", "sign-in-provider.enabled",
					"sign-in-provider.issuer-set", "scim-credential.revoked", "scim-credential.issued",
					"instance.retired", "instance.renamed", "instance.created", "organisation.created");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.actor().kind()).isEqualTo(ActorKind.OPERATOR_TOKEN);
			assertThat(Objects.toString(entry.detail(), "")).doesNotContain(credential.get("secret").asString());
		});
	}

	@Test
	void changeWhenOnlyHtmlAcceptedThenNotAcceptableBeforeAnythingChanges() {
		String organisation = createOrganisation();
		HttpCaller caller = new HttpCaller(rootUrl(), OPERATOR);
		Map<String, String> htmlOnly = Map.of("Content-Type", "application/json", "Accept", "text/html");

		HttpResult created = caller.send("POST", ORGANISATIONS, htmlOnly,
				"{\"name\": \"Unseen\", \"entraTenantId\": \"" + UUID.randomUUID() + "\"}");
		HttpResult issued = caller.send("POST", credentials(organisation), htmlOnly, "{\"label\": \"Lost\"}");
		HttpResult suspended = caller.send("POST", organisation(organisation) + "/suspend", htmlOnly, "{}");

		assertThat(List.of(created, issued, suspended)).extracting(HttpResult::status).containsOnly(406);
		assertThat(created.headers().firstValue("Location")).isEmpty();
		assertThat(get(ORGANISATIONS, OPERATOR).body()).doesNotContain("Unseen");
		assertThat(get(credentials(organisation), OPERATOR).json()).isEmpty();
		assertThat(get(organisation(organisation), OPERATOR).json().get("status").asString()).isEqualTo("active");
	}

	@Test
	void getWhenCreatedThenSameOrganisation() {
		String id = createOrganisation();

		HttpResult response = get(ORGANISATIONS + "/" + id, OPERATOR);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("id").asString()).isEqualTo(id);
	}

	@Test
	void listWhenCreatedThenContainsOrganisation() {
		String id = createOrganisation();

		HttpResult response = get(ORGANISATIONS, OPERATOR);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().findValuesAsString("id")).contains(id);
	}

	@Test
	void createWhenGuidMalformedThenBadRequestProblem() {
		HttpResult response = post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso\", \"entraTenantId\": \"1-2-3-4-5\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.json().get("detail").asString()).contains("entraTenantId must be a GUID");
	}

	@Test
	void problemsWhenAnyRefusalThenTypeAboutBlank() {
		String tenant = UUID.randomUUID().toString();
		post(ORGANISATIONS, OPERATOR, "{\"name\": \"Contoso\", \"entraTenantId\": \"" + tenant + "\"}");

		List<HttpResult> problems = List.of(post(ORGANISATIONS, OPERATOR, "{\"name\": "),
				post(ORGANISATIONS, OPERATOR, "{\"name\": \"  \", \"entraTenantId\": \"" + tenant + "\"}"),
				post(ORGANISATIONS, OPERATOR, "{\"name\": \"Again\", \"entraTenantId\": \"" + tenant + "\"}"),
				get(ORGANISATIONS + "/" + UUID.randomUUID(), OPERATOR));

		assertThat(problems).extracting(HttpResult::status).containsExactly(400, 400, 409, 404);
		assertThat(problems)
			.allSatisfy((problem) -> assertThat(problem.json().get("type").asString()).isEqualTo("about:blank"));
	}

	@Test
	void createWhenNameBlankThenBadRequestProblem() {
		HttpResult response = post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"  \", \"entraTenantId\": \"" + UUID.randomUUID() + "\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo("name must not be blank");
	}

	@Test
	void createWhenNameMissingThenBadRequestProblem() {
		HttpResult response = post(ORGANISATIONS, OPERATOR, "{\"entraTenantId\": \"" + UUID.randomUUID() + "\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo("name is required");
	}

	@Test
	void createWhenJsonMalformedThenBadRequestProblem() {
		HttpResult response = post(ORGANISATIONS, OPERATOR, "{\"name\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void createWhenTenantOnboardedThenConflict() {
		String tenant = UUID.randomUUID().toString();
		post(ORGANISATIONS, OPERATOR, "{\"name\": \"Contoso\", \"entraTenantId\": \"" + tenant + "\"}");

		HttpResult response = post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Contoso again\", \"entraTenantId\": \"{" + tenant + "}\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains(tenant);
	}

	@Test
	void listWhenNoTokenThenUnauthorizedWithChallenge() {
		HttpResult response = get(ORGANISATIONS, null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"operator\"");
		assertThat(response.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void listWhenTokenUnknownThenUnauthorizedWithInvalidToken() {
		HttpResult response = get(ORGANISATIONS, "fiop_" + "x".repeat(43));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer realm=\"operator\", error=\"invalid_token\"");
	}

	@Test
	void listWhenDPoPSchemeThenUnauthorizedWithBearerChallengeAndProblem() {
		HttpResult response = new HttpCaller(rootUrl(), null).send("GET", ORGANISATIONS,
				Map.of("Authorization", "DPoP x", "DPoP", "x.y.z"), null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"operator\"");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.json().get("detail").asString()).contains("bearer token");
	}

	@Test
	void listWhenScimCredentialUsedThenUnauthorized() {
		String organisation = createOrganisation();
		String secret = issueCredential(organisation, "Entra").get("secret").asString();

		HttpResult response = get(ORGANISATIONS, secret);

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void getWhenIdUnknownThenNotFound() {
		HttpResult response = get(ORGANISATIONS + "/" + UUID.randomUUID(), OPERATOR);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).isEqualTo("No organisation has this id");
	}

	@Test
	void getWhenIdNotUuidThenNotFound() {
		HttpResult response = get(ORGANISATIONS + "/not-an-id", OPERATOR);

		assertThat(response.status()).isEqualTo(404);
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

		HttpResult response = get(credentials(organisation), OPERATOR);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(issued.get("secret").asString()).doesNotContain("secret");
		JsonNode listed = response.json().get(0);
		assertThat(listed.get("id").asString()).isEqualTo(issued.get("id").asString());
		assertThat(listed.get("prefix").asString()).isEqualTo(issued.get("prefix").asString());
		assertThat(listed.get("revoked").asBoolean()).isFalse();
	}

	@Test
	void issueCredentialWhenExpiryInPastThenBadRequest() {
		String organisation = createOrganisation();

		HttpResult response = post(credentials(organisation), OPERATOR,
				"{\"label\": \"Entra\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo("expiresAt must be in the future");
	}

	@Test
	void issueCredentialWhenExpiryMalformedThenBadRequest() {
		String organisation = createOrganisation();

		HttpResult response = post(credentials(organisation), OPERATOR,
				"{\"label\": \"Entra\", \"expiresAt\": \"next week\"}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void issueCredentialWhenOrganisationUnknownThenNotFound() {
		HttpResult response = post(credentials(UUID.randomUUID().toString()), OPERATOR, "{\"label\": \"Entra\"}");

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void revokeCredentialWhenKnownThenNoContentAndRevokedAtOnce() {
		String organisation = createOrganisation();
		JsonNode issued = issueCredential(organisation, "Entra");
		String usersUrl = "/scim/v2/organisations/" + organisation + "/Users";
		String secret = issued.get("secret").asString();
		assertThat(get(usersUrl, secret).status()).isNotEqualTo(401);

		HttpResult response = delete(credentials(organisation) + "/" + issued.get("id").asString(), OPERATOR);

		assertThat(response.status()).isEqualTo(204);
		assertThat(get(usersUrl, secret).status()).isEqualTo(401);
		JsonNode listed = get(credentials(organisation), OPERATOR).json().get(0);
		assertThat(listed.get("revoked").asBoolean()).isTrue();
		assertThat(listed.get("revokedAt").asString()).isNotBlank();
	}

	@Test
	void revokeCredentialWhenOfOtherOrganisationThenNotFoundAndStillValid() {
		String organisation = createOrganisation();
		String other = createOrganisation();
		JsonNode issued = issueCredential(organisation, "Entra");

		HttpResult response = delete(credentials(other) + "/" + issued.get("id").asString(), OPERATOR);

		assertThat(response.status()).isEqualTo(404);
		JsonNode listed = get(credentials(organisation), OPERATOR).json().get(0);
		assertThat(listed.get("revoked").asBoolean()).isFalse();
	}

	@Test
	void listCredentialsWhenOtherOrganisationHasSomeThenNotShown() {
		String organisation = createOrganisation();
		String other = createOrganisation();
		issueCredential(other, "Other's Entra");

		HttpResult response = get(credentials(organisation), OPERATOR);

		assertThat(response.json().size()).isZero();
	}

	@Test
	void prometheusWhenNoTokenThenUnauthorized() {
		HttpResult response = get("/actuator/prometheus", null);

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void prometheusWhenOperatorTokenThenMetrics() {
		HttpResult response = get("/actuator/prometheus", OPERATOR);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthWhenNoTokenThenUp() {
		HttpResult response = get("/actuator/health", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void suspendWhenActiveThenSuspendedAndScimRefusedWithForbidden() {
		Tenant tenant = onboardOrganisation("Contoso");

		HttpResult response = post(organisation(tenant) + "/suspend", OPERATOR, "");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("suspended");
		HttpResult refused = tenant.scim().get("/Users");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/scim+json"));
		assertThat(refused.json().get("detail").asString()).contains("organisation is suspended");
	}

	@Test
	void scimWhenSuspendedAndTokenWrongThenUnauthorizedFirst() {
		Tenant tenant = onboardOrganisation("Contoso");
		post(organisation(tenant) + "/suspend", OPERATOR, "");

		HttpResult response = tenant.scim().withToken("fisc_" + "A".repeat(43)).get("/Users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("suspended");
	}

	@Test
	void scimWhenSuspendedThenNothingCreated() {
		Tenant tenant = onboardOrganisation("Contoso");
		post(organisation(tenant) + "/suspend", OPERATOR, "");

		HttpResult refused = tenant.scim().post("/Users", USER);
		post(organisation(tenant) + "/reinstate", OPERATOR, "");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(tenant.scim().get("/Users").json().get("totalResults").asInt()).isZero();
	}

	@Test
	void reinstateWhenSuspendedThenActiveAndScimServedAgain() {
		Tenant tenant = onboardOrganisation("Contoso");
		Tenant other = onboardOrganisation("Fabrikam");
		post(organisation(tenant) + "/suspend", OPERATOR, "");

		HttpResult response = post(organisation(tenant) + "/reinstate", OPERATOR, "");

		assertThat(response.json().get("status").asString()).isEqualTo("active");
		assertThat(tenant.scim().get("/Users").status()).isEqualTo(200);
		assertThat(other.scim().get("/Users").status()).isEqualTo(200);
	}

	@Test
	void suspendWhenUnknownThenNotFound() {
		HttpResult response = post(ORGANISATIONS + "/" + UUID.randomUUID() + "/suspend", OPERATOR, "");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void signInProvidersWhenOnboardedThenEntraOnOktaOff() {
		String organisation = createOrganisation();

		HttpResult response = get(signInProviders(organisation), OPERATOR);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("entra").asBoolean()).isTrue();
		assertThat(response.json().get("okta").asBoolean()).isFalse();
	}

	@Test
	void putSignInProvidersWhenOktaOnThenStoredAndOtherUntouched() {
		String organisation = createOrganisation();
		String other = createOrganisation();

		HttpResult response = send("PUT", signInProviders(organisation), "{\"okta\": true}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("okta").asBoolean()).isTrue();
		assertThat(response.json().get("entra").asBoolean()).isTrue();
		assertThat(get(signInProviders(organisation), OPERATOR).json().get("okta").asBoolean()).isTrue();
		assertThat(get(signInProviders(other), OPERATOR).json().get("okta").asBoolean()).isFalse();
	}

	@Test
	void putSignInProvidersWhenEmptyThenBadRequest() {
		String organisation = createOrganisation();

		HttpResult response = send("PUT", signInProviders(organisation), "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo("entra, okta or oktaIssuer is required");
	}

	@Test
	void signInProvidersWhenOnboardedThenNoOktaIssuer() {
		String organisation = createOrganisation();

		HttpResult response = get(signInProviders(organisation), OPERATOR);

		assertThat(response.json().get("oktaIssuer").isNull()).isTrue();
	}

	@Test
	void putSignInProvidersWhenOktaIssuerThenStoredWithoutTrailingSlashAndOtherUntouched() {
		String organisation = createOrganisation();
		String other = createOrganisation();

		HttpResult response = send("PUT", signInProviders(organisation),
				"{\"oktaIssuer\": \"https://Contoso.okta.com/oauth2/default/\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("oktaIssuer").asString()).isEqualTo("https://contoso.okta.com/oauth2/default");
		assertThat(response.json().get("okta").asBoolean()).isFalse();
		assertThat(get(signInProviders(organisation), OPERATOR).json().get("oktaIssuer").asString())
			.isEqualTo("https://contoso.okta.com/oauth2/default");
		assertThat(get(signInProviders(other), OPERATOR).json().get("oktaIssuer").isNull()).isTrue();
	}

	@Test
	void putSignInProvidersWhenOktaIssuerEmptyThenCleared() {
		String organisation = createOrganisation();
		send("PUT", signInProviders(organisation), "{\"oktaIssuer\": \"https://contoso.okta.com\"}");

		HttpResult response = send("PUT", signInProviders(organisation), "{\"oktaIssuer\": \"\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("oktaIssuer").isNull()).isTrue();
	}

	@Test
	void putSignInProvidersWhenOktaIssuerNotHttpsThenBadRequestAndNothingChanged() {
		String organisation = createOrganisation();

		HttpResult plain = send("PUT", signInProviders(organisation),
				"{\"okta\": true, \"oktaIssuer\": \"http://contoso.okta.com\"}");
		HttpResult query = send("PUT", signInProviders(organisation),
				"{\"oktaIssuer\": \"https://contoso.okta.com/oauth2/default?x=1\"}");
		HttpResult word = send("PUT", signInProviders(organisation), "{\"oktaIssuer\": \"contoso\"}");

		assertThat(List.of(plain.status(), query.status(), word.status())).containsOnly(400);
		assertThat(plain.header("Content-Type")).startsWith("application/problem+json");
		assertThat(plain.json().get("detail").asString()).startsWith("oktaIssuer must be an https URL");
		JsonNode settings = get(signInProviders(organisation), OPERATOR).json();
		assertThat(settings.get("okta").asBoolean()).isFalse();
		assertThat(settings.get("oktaIssuer").isNull()).isTrue();
	}

	@Test
	void putSignInProvidersWhenValueNotBooleanThenBadRequest() {
		String organisation = createOrganisation();

		HttpResult response = send("PUT", signInProviders(organisation), "{\"okta\": \"maybe\"}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void signInProvidersWhenUnknownOrganisationThenNotFound() {
		HttpResult response = get(signInProviders(UUID.randomUUID().toString()), OPERATOR);

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void createInstanceWhenValidThenCreatedWithLocationAndListed() {
		String organisation = createOrganisation();

		HttpResult response = post(instances(organisation), OPERATOR, "{\"name\": \"Production\"}");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.get("name").asString()).isEqualTo("Production");
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("organisationId").asString()).isEqualTo(organisation);
		assertThat(response.headers().firstValue("Location"))
			.hasValue(rootUrl() + instances(organisation) + "/" + body.get("id").asString());
		assertThat(get(instances(organisation), OPERATOR).json().findValuesAsString("id"))
			.containsExactly(body.get("id").asString());
	}

	@Test
	void createInstanceWhenNameTakenThenConflict() {
		String organisation = createOrganisation();
		post(instances(organisation), OPERATOR, "{\"name\": \"Production\"}");

		HttpResult response = post(instances(organisation), OPERATOR, "{\"name\": \"production\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void createInstanceWhenNameMissingOrBlankThenBadRequest() {
		String organisation = createOrganisation();

		HttpResult missing = post(instances(organisation), OPERATOR, "{}");
		HttpResult blank = post(instances(organisation), OPERATOR, "{\"name\": \" \"}");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).isEqualTo("name is required");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("detail").asString()).isEqualTo("name must not be blank");
	}

	@Test
	void createInstanceWhenOrganisationUnknownThenNotFound() {
		HttpResult response = post(instances(UUID.randomUUID().toString()), OPERATOR, "{\"name\": \"Test\"}");

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void renameInstanceWhenActiveThenRenamed() {
		String organisation = createOrganisation();
		String instance = createInstance(organisation, "Prod");

		HttpResult response = send("PATCH", instances(organisation) + "/" + instance, "{\"name\": \"Production\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("Production");
		assertThat(get(instances(organisation) + "/" + instance, OPERATOR).json().get("name").asString())
			.isEqualTo("Production");
	}

	@Test
	void renameInstanceWhenRetiredThenConflict() {
		String organisation = createOrganisation();
		String instance = createInstance(organisation, "Test");
		post(instances(organisation) + "/" + instance + "/retire", OPERATOR, "");

		HttpResult response = send("PATCH", instances(organisation) + "/" + instance, "{\"name\": \"Other\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("retired");
	}

	@Test
	void retireInstanceWhenActiveThenRetiredAndHiddenFromDefaultList() {
		String organisation = createOrganisation();
		String instance = createInstance(organisation, "Test");

		HttpResult response = post(instances(organisation) + "/" + instance + "/retire", OPERATOR, "");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("retired");
		assertThat(response.json().get("retiredAt").asString()).isNotBlank();
		assertThat(get(instances(organisation), OPERATOR).json().size()).isZero();
		assertThat(get(instances(organisation) + "?includeRetired=true", OPERATOR).json().findValuesAsString("id"))
			.containsExactly(instance);
	}

	@Test
	void instanceWhenOfOtherOrganisationThenNotFound() {
		String organisation = createOrganisation();
		String other = createOrganisation();
		String instance = createInstance(organisation, "Test");

		HttpResult read = get(instances(other) + "/" + instance, OPERATOR);
		HttpResult rename = send("PATCH", instances(other) + "/" + instance, "{\"name\": \"Hijacked\"}");
		HttpResult retire = post(instances(other) + "/" + instance + "/retire", OPERATOR, "");

		assertThat(read.status()).isEqualTo(404);
		assertThat(rename.status()).isEqualTo(404);
		assertThat(retire.status()).isEqualTo(404);
		assertThat(get(instances(other), OPERATOR).json().size()).isZero();
		assertThat(get(instances(organisation) + "/" + instance, OPERATOR).json().get("status").asString())
			.isEqualTo("active");
	}

	@Test
	void instanceWhenIdNotUuidThenNotFound() {
		String organisation = createOrganisation();

		HttpResult response = get(instances(organisation) + "/not-an-id", OPERATOR);

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void listCredentialsWhenIssuedByOperatorThenCreatedByNamesTokenNewestFirst() {
		String organisation = createOrganisation();
		issueCredential(organisation, "First");
		JsonNode second = issueCredential(organisation, "Second");

		JsonNode listed = get(credentials(organisation), OPERATOR).json();

		assertThat(listed.get(0).get("id").asString()).isEqualTo(second.get("id").asString());
		assertThat(listed.get(0).get("createdBy").asString()).isEqualTo("operator token " + OPERATOR.substring(0, 4));
	}

	private String createOrganisation() {
		HttpResult response = post(ORGANISATIONS, OPERATOR,
				"{\"name\": \"Fabrikam\", \"entraTenantId\": \"" + UUID.randomUUID() + "\"}");
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode issueCredential(String organisation, String label) {
		HttpResult response = post(credentials(organisation), OPERATOR, "{\"label\": \"" + label + "\"}");
		assertThat(response.status()).isEqualTo(201);
		return response.json();
	}

	private String createInstance(String organisation, String name) {
		HttpResult response = post(instances(organisation), OPERATOR, "{\"name\": \"" + name + "\"}");
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static String organisation(Tenant tenant) {
		return organisation(tenant.organisationId());
	}

	private static String organisation(String id) {
		return ORGANISATIONS + "/" + id;
	}

	private static String signInProviders(String organisation) {
		return ORGANISATIONS + "/" + organisation + "/sign-in-providers";
	}

	private static String instances(String organisation) {
		return ORGANISATIONS + "/" + organisation + "/instances";
	}

	private static String credentials(String organisation) {
		return ORGANISATIONS + "/" + organisation + "/scim-credentials";
	}

	private HttpResult get(String path, @Nullable String token) {
		return new HttpCaller(rootUrl(), token).get(path);
	}

	private HttpResult post(String path, @Nullable String token, String json) {
		return new HttpCaller(rootUrl(), token).send("POST", path, Map.of("Content-Type", "application/json"), json);
	}

	private HttpResult send(String method, String path, String json) {
		return new HttpCaller(rootUrl(), OPERATOR).send(method, path, Map.of("Content-Type", "application/json"), json);
	}

	private HttpResult delete(String path, @Nullable String token) {
		return new HttpCaller(rootUrl(), token).delete(path);
	}

}
