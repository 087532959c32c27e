package energy.foundation.identity.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.support.DirectoryApiTests;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.MachineClientCredentials;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth 2.0 token endpoint (client credentials, RFC 6749 §4.4) over HTTP, run on each
 * database by a subclass.
 */
abstract class TokenEndpointScenarios extends DirectoryApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private AuditLog auditLog;

	@Test
	void requestTokenWhenBasicAuthenticationThenShortLivedTokenOfTheInstance() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = requestToken(client.clientId(), client.clientSecret());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("Cache-Control")).contains("no-store");
		JsonNode body = response.json();
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isBetween(590L, 600L);
		JsonNode claims = claims(body.get("access_token").asString());
		assertThat(claims.get("sub").asString()).isEqualTo(client.clientId());
		assertThat(claims.get("instance_id").asString()).isEqualTo(client.instanceId());
		assertThat(claims.get("organisation_id").asString()).isEqualTo(client.organisationId());
		assertThat(claims.get("aud").toString()).contains("foundation-directory-api");
	}

	@Test
	void requestTokenWhenSecretInFormBodyThenToken() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials&client_id=" + client.clientId()
				+ "&client_secret=" + client.clientSecret(), Map.of());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(claims(response.json().get("access_token").asString()).get("instance_id").asString())
			.isEqualTo(client.instanceId());
	}

	@Test
	void requestTokenWhenBasicAndFormCredentialsThenInvalidRequest() {
		MachineClientCredentials client = onboardInstance("Contoso");
		MachineClientCredentials other = onboardInstance("Fabrikam");

		HttpResult otherClient = postForm("/oauth2/token", "grant_type=client_credentials&client_id=" + other.clientId()
				+ "&client_secret=" + other.clientSecret(), Map.of("Authorization", basic(client)));
		HttpResult ownSecret = postForm("/oauth2/token",
				"grant_type=client_credentials&client_secret=" + client.clientSecret(),
				Map.of("Authorization", basic(client)));
		HttpResult otherId = postForm("/oauth2/token", "grant_type=client_credentials&client_id=" + other.clientId(),
				Map.of("Authorization", basic(client)));
		HttpResult tabbed = postForm("/oauth2/token",
				"grant_type=client_credentials&client_secret=" + client.clientSecret(),
				Map.of("Authorization", basic(client).replace("Basic ", "Basic\t")));

		assertThat(List.of(otherClient, ownSecret, otherId, tabbed)).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/json");
			assertThat(response.header("Cache-Control")).contains("no-store");
			assertThat(response.json().get("error").asString()).isEqualTo("invalid_request");
			assertThat(response.json().get("error_description").asString()).isEqualTo(
					"Authenticate the client once: either HTTP Basic or client_id and client_secret in the form");
		});
	}

	@Test
	void requestTokenWhenBasicAndSameClientIdInFormThenToken() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials&client_id=" + client.clientId(),
				Map.of("Authorization", basic(client)));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void requestTokenWhenSecretWrongThenInvalidClientWithBasicChallenge() {
		MachineClientCredentials client = onboardInstance("Contoso");
		MachineClientCredentials other = onboardInstance("Fabrikam");

		HttpResult response = requestToken(client.clientId(), other.clientSecret());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"directory-api\"");
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
		assertThat(response.json().get("error_description").asString()).contains("Client authentication failed");
		assertThat(response.body()).doesNotContain(other.clientSecret());
	}

	@Test
	void requestTokenWhenSecretWrongInFormBodyThenInvalidClientWithoutChallenge() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials&client_id=" + client.clientId()
				+ "&client_secret=fics_" + "A".repeat(43), Map.of());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEmpty();
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void requestTokenWhenClientUnknownThenInvalidClient() {
		HttpResult response = requestToken("ficl_" + "B".repeat(22), "fics_" + "A".repeat(43));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void requestTokenWhenClientRevokedThenInvalidClient() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpResult revoked = operator()
			.delete(clientsPath(client.organisationId(), client.instanceId()) + "/" + client.id());
		assertThat(revoked.status()).isEqualTo(204);

		HttpResult response = requestToken(client.clientId(), client.clientSecret());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void requestTokenWhenInstanceRetiredThenInvalidClient() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpResult retired = operator().send("POST",
				"/organisations/" + client.organisationId() + "/instances/" + client.instanceId() + "/retire", Map.of(),
				null);
		assertThat(retired.status()).isEqualTo(200);

		HttpResult response = requestToken(client.clientId(), client.clientSecret());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void requestTokenWhenOrganisationSuspendedThenInvalidClient() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpResult suspended = operator().send("POST", "/organisations/" + client.organisationId() + "/suspend",
				Map.of(), null);
		assertThat(suspended.status()).isEqualTo(200);

		HttpResult response = requestToken(client.clientId(), client.clientSecret());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void requestTokenWhenGrantUnsupportedThenUnsupportedGrantType() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "grant_type=password&username=a&password=b",
				Map.of("Authorization", basic(client)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void requestTokenWhenOtherGrantThenUnsupportedGrantTypeWhateverTheClientAuthentication() {
		MachineClientCredentials client = onboardInstance("Contoso");
		List<String> forms = List.of("grant_type=authorization_code&code=x&redirect_uri=https://example.com",
				"grant_type=refresh_token&refresh_token=x",
				"grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=x",
				"grant_type=urn:ietf:params:oauth:grant-type:token-exchange&subject_token=x"
						+ "&subject_token_type=urn:ietf:params:oauth:token-type:access_token",
				"grant_type=CLIENT_CREDENTIALS", "grant_type=anything");
		String wrongSecret = "Basic "
				+ Base64.getEncoder().encodeToString((client.clientId() + ":wrong").getBytes(StandardCharsets.UTF_8));

		List<HttpResult> responses = new ArrayList<>();
		for (String form : forms) {
			responses.add(postForm("/oauth2/token", form, Map.of()));
			responses.add(postForm("/oauth2/token", form, Map.of("Authorization", wrongSecret)));
			responses.add(postForm("/oauth2/token", form, Map.of("Authorization", basic(client))));
		}

		assertThat(responses).hasSize(18).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertOAuthError(response, "unsupported_grant_type");
		});
	}

	@Test
	void requestTokenWhenGrantTypeRepeatedThenInvalidRequest() {
		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials&grant_type=client_credentials",
				Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertOAuthError(response, "invalid_request");
	}

	@Test
	void requestTokenWhenGrantTypeMissingThenInvalidRequest() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "scope=directory", Map.of("Authorization", basic(client)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void requestTokenWhenNoClientAuthenticationThenInvalidClient() {
		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials", Map.of());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
		assertThat(response.json().get("error_description").asString()).contains("client_secret_basic");
	}

	@Test
	void requestTokenWhenNotPostThenMethodNotAllowedInOAuthWords() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller anonymous = new HttpCaller(rootUrl(), null);

		List<HttpResult> responses = List.of(
				anonymous.send("PUT", "/oauth2/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
						"grant_type=client_credentials"),
				anonymous.send("DELETE", "/oauth2/token", Map.of(), null), anonymous.get("/oauth2/token"),
				anonymous.send("GET", "/oauth2/token?grant_type=client_credentials",
						Map.of("Authorization", basic(client)), null));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(405);
			assertThat(response.header("Allow")).isEqualTo("POST");
			assertOAuthError(response, "invalid_request");
		});
	}

	@Test
	void requestTokenWhenFormMalformedThenInvalidRequest() {
		MachineClientCredentials client = onboardInstance("Contoso");
		StringBuilder many = new StringBuilder("grant_type=client_credentials");
		for (int i = 0; i < 20_000; i++) {
			many.append("&p").append(i).append("=1");
		}

		HttpResult badEncoding = postForm("/oauth2/token", "grant_type=client_credentials&x=%zz",
				Map.of("Authorization", basic(client)));
		HttpResult tooMany = postForm("/oauth2/token", many.toString(), Map.of("Authorization", basic(client)));

		assertThat(badEncoding.status()).isEqualTo(400);
		assertOAuthError(badEncoding, "invalid_request");
		assertThat(tooMany.status()).isEqualTo(400);
		assertOAuthError(tooMany, "invalid_request");
	}

	@Test
	void requestTokenWhenBodyTooLargeThenContentTooLargeInOAuthWords() {
		HttpResult response = postForm("/oauth2/token",
				"grant_type=client_credentials&padding=" + "a".repeat(3 * 1024 * 1024), Map.of());

		assertThat(response.status()).isEqualTo(413);
		assertOAuthError(response, "invalid_request");
	}

	@Test
	void requestTokenWhenUsedThenOperatorSeesLastUse() {
		MachineClientCredentials client = onboardInstance("Contoso");

		requestToken(client.clientId(), client.clientSecret());

		HttpResult listed = operator().get(clientsPath(client.organisationId(), client.instanceId()));
		assertThat(listed.status()).isEqualTo(200);
		JsonNode entry = listed.json().get(0);
		assertThat(entry.get("clientId").asString()).isEqualTo(client.clientId());
		assertThat(entry.get("lastUsedAt").isNull()).isFalse();
		assertThat(listed.body()).doesNotContain(client.clientSecret());
	}

	@Test
	void createClientWhenLabelMissingThenBadRequestProblem() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = operator().send("POST", clientsPath(client.organisationId(), client.instanceId()),
				Map.of("Content-Type", "application/json"), "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isEqualTo("label is required");
	}

	@Test
	void createClientWhenInstanceOfAnotherOrganisationThenNotFound() {
		MachineClientCredentials contoso = onboardInstance("Contoso");
		MachineClientCredentials fabrikam = onboardInstance("Fabrikam");

		HttpResult response = operator().send("POST", clientsPath(contoso.organisationId(), fabrikam.instanceId()),
				Map.of("Content-Type", "application/json"), "{\"label\":\"Intruder\"}");
		HttpResult revoke = operator()
			.delete(clientsPath(contoso.organisationId(), fabrikam.instanceId()) + "/" + fabrikam.id());

		assertThat(response.status()).isEqualTo(404);
		assertThat(revoke.status()).isEqualTo(404);
		assertThat(requestToken(fabrikam.clientId(), fabrikam.clientSecret()).status()).isEqualTo(200);
	}

	@Test
	void getClientWhenRevokedThenShownRevokedWithoutSecret() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String path = clientsPath(client.organisationId(), client.instanceId()) + "/" + client.id();
		operator().delete(path);

		HttpResult response = operator().get(path);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("revoked").asBoolean()).isTrue();
		assertThat(response.json().get("revokedAt").isNull()).isFalse();
		assertThat(response.body()).doesNotContain(client.clientSecret());
	}

	@Test
	void createAndRevokeClientWhenOperatorApiThenAuditedWithoutSecret() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String path = clientsPath(client.organisationId(), client.instanceId()) + "/" + client.id();
		operator().delete(path);
		operator().delete(path);

		List<AuditLogEntry> entries = this.auditLog
			.search(AuditLogQuery.ofOrganisation(UUID.fromString(client.organisationId()), 20))
			.entries()
			.stream()
			.filter((entry) -> entry.action().startsWith("machine-client."))
			.toList();

		assertThat(entries).extracting(AuditLogEntry::action)
			.containsExactly("machine-client.revoked", "machine-client.created");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.target()).isEqualTo(client.id());
			assertThat(entry.actor().kind()).isEqualTo(ActorKind.OPERATOR_TOKEN);
			assertThat(entry.actor().name()).startsWith("operator token ");
			assertThat(entry.detail()).contains(client.instanceId(), client.clientId(), "Backend")
				.doesNotContain(client.clientSecret());
		});
	}

	@Test
	void metadataWhenRequestedThenOnlyWhatTheTokenEndpointOffers() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String issuer = claims(accessToken(client)).get("iss").asString();

		HttpResult response = new HttpCaller(rootUrl(), null).get("/.well-known/oauth-authorization-server");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		JsonNode metadata = response.json();
		assertThat(metadata.propertyNames()).containsExactlyInAnyOrder("issuer", "token_endpoint", "jwks_uri",
				"grant_types_supported", "token_endpoint_auth_methods_supported", "response_types_supported");
		assertThat(metadata.get("response_types_supported").isArray()).isTrue();
		assertThat(metadata.get("response_types_supported")).isEmpty();
		assertThat(metadata.get("issuer").asString()).isEqualTo(issuer);
		assertThat(metadata.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
		assertThat(metadata.get("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
		assertThat(metadata.get("grant_types_supported").toString()).isEqualTo("[\"client_credentials\"]");
		assertThat(metadata.get("token_endpoint_auth_methods_supported").toString())
			.isEqualTo("[\"client_secret_basic\",\"client_secret_post\"]");
	}

	@Test
	void requestWhenEndpointNotOfferedThenNotFoundProblem() {
		HttpCaller anonymous = new HttpCaller(rootUrl(), null);

		List<HttpResult> responses = List.of(anonymous.get("/oauth2/authorize?response_type=code&client_id=x"),
				postForm("/oauth2/introspect", "token=x", Map.of()), postForm("/oauth2/revoke", "token=x", Map.of()),
				postForm("/oauth2/device_authorization", "client_id=x", Map.of()),
				postForm("/oauth2/par", "client_id=x", Map.of()), anonymous.get("/userinfo"),
				anonymous.get("/.well-known/openid-configuration"));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.json().get("detail").asString()).contains("/oauth2/token");
		});
	}

	@Test
	void requestTokenWhenDPoPProofSentThenBearerToken() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = postForm("/oauth2/token", "grant_type=client_credentials",
				Map.of("Authorization", basic(client), "DPoP", "x.y.z"));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(claims(response.json().get("access_token").asString()).has("cnf")).isFalse();
	}

	@Test
	void jwkSetWhenRequestedThenPublicKeysOnly() {
		HttpResult response = new HttpCaller(rootUrl(), null).get("/oauth2/jwks");

		assertThat(response.status()).isEqualTo(200);
		JsonNode key = response.json().get("keys").get(0);
		assertThat(key.get("kty").asString()).isEqualTo("RSA");
		assertThat(key.has("n")).isTrue();
		assertThat(key.has("d")).isFalse();
		assertThat(key.has("p")).isFalse();
	}

	private static void assertOAuthError(HttpResult response, String error) {
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		assertThat(response.json().get("error").asString()).isEqualTo(error);
		assertThat(response.json().get("error_description").asString()).isNotBlank();
	}

	private static String basic(MachineClientCredentials client) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((client.clientId() + ":" + client.clientSecret()).getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode claims(String jwt) {
		String[] parts = jwt.split("\\.");
		assertThat(parts).hasSize(3);
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

}
