package energy.foundation.identity.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.credential.IssuedCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.credential.ScimPrincipal;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches a SCIM endpoint, and what is answered before one runs: authentication
 * against the organisation in the URL, the firewall, request size and the request id, on
 * the embedded default database. A probe endpoint stands in for the SCIM endpoints.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "foundation.scim.max-request-bytes=1000",
				"foundation.bootstrap-operator-token=" + LiveServiceTests.OPERATOR_TOKEN })
@Import(ScimSecurityIntegrationTests.ProbeController.class)
class ScimSecurityIntegrationTests {

	private static final String PROBE = "/scim/v2/organisations/{organisationId}/Probe";

	@LocalServerPort
	private int port;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ScimCredentials credentials;

	private HttpCaller http;

	private UUID organisation;

	private IssuedCredential credential;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void issueCredential() {
		this.http = new HttpCaller("http://localhost:" + this.port, null);
		this.organisation = this.organisations.create("Contoso", UUID.randomUUID().toString()).id();
		this.credential = this.credentials.issue(this.organisation, "Entra", null, null);
	}

	@Test
	void requestWhenNoTokenThenScimUnauthorizedWithChallenge() {
		HttpResult response = get(probe(this.organisation), null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"scim\"");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/scim+json"));
		JsonNode body = response.json();
		assertThat(body.get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
		assertThat(body.get("status").asString()).isEqualTo("401");
		assertThat(body.get("detail").asString()).contains("bearer token");
	}

	@Test
	void requestWhenDPoPSchemeThenScimUnauthorizedWithBearerChallenge() {
		HttpResult response = this.http.send("GET", "/scim/v2/organisations/" + this.organisation + "/Users",
				Map.of("Authorization", "DPoP " + this.credential.secret(), "DPoP", "x.y.z"), null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"scim\"");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/scim+json"));
		assertThat(response.json().get("status").asString()).isEqualTo("401");
		assertThat(response.json().get("detail").asString()).contains("bearer token");
	}

	@Test
	void requestWhenParameterNameHasControlCharacterThenScimBadRequest() {
		HttpResult response = get("/scim/v2/organisations/" + this.organisation + "/Users?a%00b=1",
				this.credential.secret());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/scim+json"));
		assertThat(response.json().get("scimType").asString()).isEqualTo("invalidSyntax");
	}

	@Test
	void requestWhenUnknownPathWithoutTokenThenScimUnauthorized() {
		HttpResult response = get("/scim/v2/organisations/" + this.organisation + "/Users", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("status").asString()).isEqualTo("401");
	}

	@Test
	void requestWhenOwnCredentialThenPrincipalAndLoggingContextOfOrganisation() {
		HttpResult response = get(probe(this.organisation), this.credential.secret());

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("organisationId").asString()).isEqualTo(this.organisation.toString());
		assertThat(body.get("credentialId").asString()).isEqualTo(this.credential.id().toString());
		assertThat(body.get("loggedOrganisationId").asString()).isEqualTo(this.organisation.toString());
		assertThat(body.get("loggedRequestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void requestWhenOtherOrganisationsCredentialThenUnauthorizedAsInvalidToken() {
		UUID other = this.organisations.create("Fabrikam", UUID.randomUUID().toString()).id();

		HttpResult response = get(probe(other), this.credential.secret());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer realm=\"scim\", error=\"invalid_token\"");
		assertThat(response.body()).doesNotContain(this.credential.secret());
	}

	@Test
	void requestWhenOrganisationUnknownThenSameAnswerAsWrongToken() {
		HttpResult unknownOrganisation = get(probe(UUID.randomUUID()), this.credential.secret());
		HttpResult wrongToken = get(probe(this.organisation), "fisc_" + "A".repeat(43));

		assertThat(unknownOrganisation.status()).isEqualTo(401);
		assertThat(unknownOrganisation.body()).isEqualTo(wrongToken.body());
	}

	@Test
	void requestWhenOrganisationIdNotUuidThenUnauthorized() {
		HttpResult response = get("/scim/v2/organisations/contoso/Probe", this.credential.secret());

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void requestWhenOperatorTokenThenUnauthorized() {
		HttpResult response = get(probe(this.organisation), LiveServiceTests.OPERATOR_TOKEN);

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void requestWhenFilterNotPercentEncodedThenReachesEndpoint() throws IOException {
		String filter = "emails[type%20eq%20\"work\"].value%20eq%20\"a|b{c}<d>\"";

		String response = rawGet(probe(this.organisation) + "?filter=" + filter, this.credential.secret());

		assertThat(response).startsWith("HTTP/1.1 200");
		assertThat(response).contains("emails[type eq \\\"work\\\"].value eq \\\"a|b{c}<d>\\\"");
	}

	@Test
	void requestWhenPathNotNormalisedThenScimBadRequest() throws IOException {
		String response = rawGet(probe(this.organisation) + "/%2e%2e/Users", this.credential.secret());

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("application/scim+json").contains("\"status\":\"400\"");
	}

	@Test
	void requestWhenBodyWithinLimitThenRead() {
		HttpResult response = post(probe(this.organisation), this.credential.secret(),
				"{\"a\": \"" + "x".repeat(500) + "\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("length").asInt()).isEqualTo(509);
	}

	@Test
	void requestWhenContentLengthOverLimitThenScimContentTooLarge() {
		HttpResult response = post(probe(this.organisation), this.credential.secret(),
				"{\"a\": \"" + "x".repeat(2000) + "\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("status").asString()).isEqualTo("413");
	}

	@Test
	void requestWhenStreamedBodyOverLimitThenScimContentTooLarge() {
		byte[] body = ("{\"a\": \"" + "x".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(probe(this.organisation)))
			.header("Authorization", "Bearer " + this.credential.secret())
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		HttpResult response = this.http.send(request);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("detail").asString()).contains("1000 bytes");
	}

	@Test
	void requestWhenRequestIdSentThenEchoed() {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(probe(this.organisation)))
			.header("X-Request-Id", "entra-7f3a.1");

		HttpResult response = this.http.send(request);

		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("entra-7f3a.1");
	}

	private HttpResult get(String path, @Nullable String token) {
		return this.http.withToken(token).get(path);
	}

	private HttpResult post(String path, @Nullable String token, String json) {
		return this.http.withToken(token).send("POST", path, Map.of("Content-Type", "application/json"), json);
	}

	private static String probe(UUID organisationId) {
		return PROBE.replace("{organisationId}", organisationId.toString());
	}

	/**
	 * Sends a request line exactly as given, which an HTTP client library would refuse or
	 * encode.
	 */
	private String rawGet(String target, String token) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
					+ "\r\nConnection: close\r\n\r\n";
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Stands in for a SCIM endpoint and tells what reached it.
	 */
	@RestController
	static class ProbeController {

		@GetMapping(PROBE)
		Map<String, @Nullable String> get(@AuthenticationPrincipal ScimPrincipal principal,
				@RequestParam(required = false) @Nullable String filter) {
			return Map.of("organisationId", principal.organisationId().toString(), "credentialId",
					principal.credentialId().toString(), "loggedOrganisationId", mdc("organisationId"),
					"loggedRequestId", mdc("requestId"), "filter", (filter != null) ? filter : "");
		}

		@PostMapping(PROBE)
		Map<String, Integer> post(@RequestBody String body) {
			return Map.of("length", body.length());
		}

		private static String mdc(String key) {
			String value = MDC.get(key);
			return (value != null) ? value : "";
		}

	}

}
