package energy.foundation.identity.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.credential.MachineClientTokens;
import energy.foundation.identity.support.DirectoryApiTests;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.MachineClientCredentials;
import energy.foundation.identity.support.RawHttpCaller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory API over HTTP: bearer tokens (RFC 6750), users and groups with their
 * paging and filters, and the isolation of organisations. Run on each database by a
 * subclass.
 */
abstract class DirectoryApiScenarios extends DirectoryApiTests {

	@Autowired
	private MachineClientTokens tokens;

	@Test
	void getUsersWhenNoTokenThenBearerChallengeAndProblem() {
		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", null).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"directory-api\"");
		assertProblem(response, "Authentication required");
	}

	@Test
	void getUsersWhenTokenMalformedThenInvalidToken() {
		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", "not-a-token").get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
		assertProblem(response, "not valid");
	}

	@Test
	void getUsersWhenDPoPSchemeThenBearerChallengeAndProblem() {
		HttpCaller anonymous = new HttpCaller(rootUrl() + "/api/v1", null);

		HttpResult response = anonymous.send("GET", "/users", Map.of("Authorization", "DPoP x"), null);
		HttpResult withProof = anonymous.send("GET", "/users", Map.of("Authorization", "DPoP x", "DPoP", "x.y.z"),
				null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"directory-api\"");
		assertProblem(response, "bearer token");
		assertThat(withProof.status()).isEqualTo(401);
		assertThat(withProof.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"directory-api\"");
		assertProblem(withProof, "bearer token");
	}

	@Test
	void getDocumentWhenAnyAuthorizationSentThenServed() {
		HttpCaller anonymous = new HttpCaller(rootUrl() + "/api/v1", null);

		HttpResult badBearer = anonymous.withToken("not-a-token").get("/openapi.json");
		HttpResult dpop = anonymous.send("GET", "/openapi.json", Map.of("Authorization", "DPoP x", "DPoP", "x.y.z"),
				null);
		HttpResult head = anonymous.send("HEAD", "/openapi.json", Map.of(), null);

		assertThat(badBearer.status()).isEqualTo(200);
		assertThat(badBearer.json().get("openapi").asString()).startsWith("3.");
		assertThat(dpop.status()).isEqualTo(200);
		assertThat(dpop.json().get("openapi").asString()).startsWith("3.");
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void getUsersWhenTokenExpiredThenInvalidTokenSayingSo() throws JOSEException {
		MachineClientCredentials client = onboardInstance("Contoso");
		Instant past = Instant.now().minusSeconds(3600);
		String expired = sign(signingKey(), claims(client, "foundation-directory-api", past, past.plusSeconds(600)));

		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", expired).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
		assertProblem(response, "expired");
	}

	@Test
	void getUsersWhenTokenSignedByAnotherKeyThenInvalidToken() throws JOSEException {
		MachineClientCredentials client = onboardInstance("Contoso");
		RSAKey forger = new RSAKeyGenerator(2048).keyID(signingKey().getKeyID()).generate();
		Instant now = Instant.now();
		String forged = sign(forger, claims(client, "foundation-directory-api", now, now.plusSeconds(600)));

		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", forged).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
	}

	@Test
	void getUsersWhenTokenForAnotherAudienceThenInvalidToken() throws JOSEException {
		MachineClientCredentials client = onboardInstance("Contoso");
		Instant now = Instant.now();
		String other = sign(signingKey(), claims(client, "some-other-api", now, now.plusSeconds(600)));

		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", other).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
	}

	@Test
	void getUsersWhenTokenNamesAnotherInstanceThanItsClientThenInvalidToken() throws JOSEException {
		MachineClientCredentials client = onboardInstance("Contoso");
		MachineClientCredentials other = onboardInstance("Fabrikam");
		Instant now = Instant.now();
		MachineClientCredentials mixed = new MachineClientCredentials(other.organisationId(), other.instanceId(),
				client.id(), client.clientId(), client.clientSecret());
		String token = sign(signingKey(), claims(mixed, "foundation-directory-api", now, now.plusSeconds(600)));

		HttpResult response = new HttpCaller(rootUrl() + "/api/v1", token).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
	}

	@Test
	void getUsersWhenClientRevokedAfterTokenThenInvalidTokenSayingSo() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);
		assertThat(api.get("/users").status()).isEqualTo(200);
		operator().delete(clientsPath(client.organisationId(), client.instanceId()) + "/" + client.id());

		HttpResult response = api.get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
		assertProblem(response, "revoked");
	}

	@Test
	void getUsersWhenInstanceRetiredAfterTokenThenInvalidToken() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);
		operator().send("POST",
				"/organisations/" + client.organisationId() + "/instances/" + client.instanceId() + "/retire", Map.of(),
				null);

		HttpResult response = api.get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertProblem(response, "retired");
	}

	@Test
	void getUsersWhenOrganisationSuspendedAfterTokenThenInvalidToken() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);
		operator().send("POST", "/organisations/" + client.organisationId() + "/suspend", Map.of(), null);

		HttpResult response = api.get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertProblem(response, "suspended");
	}

	@Test
	void getUsersWhenPagedWhileUsersAreCreatedThenEveryExistingUserOnce() throws Exception {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		Set<String> existing = new HashSet<>();
		for (int i = 0; i < 23; i++) {
			existing.add(createUser(scim, unique("user") + "@contoso.com", null, true));
		}
		HttpCaller api = api(client);
		AtomicBoolean paging = new AtomicBoolean(true);
		List<String> createdMeanwhile = new ArrayList<>();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<?> writing = writer.submit(() -> {
			HttpCaller own = scim(client.organisationId());
			while (paging.get()) {
				createdMeanwhile.add(createUser(own, unique("late") + "@contoso.com", null, true));
			}
		});

		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			HttpResult page = api.get("/users?limit=5" + ((cursor != null) ? "&cursor=" + cursor : ""));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			page.json().get("items").forEach((user) -> seen.add(user.get("id").asString()));
			createUser(scim, unique("between") + "@contoso.com", null, true);
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 100);
		paging.set(false);
		writing.get();
		writer.shutdown();

		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen).containsAll(existing);
		assertThat(createdMeanwhile).isNotEmpty();
		assertThat(pages).isBetween(5, 99);
	}

	@Test
	void getUsersWhenChangedSinceThenOnlyUsersChangedFromThen() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String unchanged = createUser(scim, "avery@contoso.com", null, true);
		String changed = createUser(scim, "blake@contoso.com", null, true);
		HttpResult patched = scim.patch("/Users/" + changed,
				"{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
						+ "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Blake\"}]}");
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		String since = patched.json().get("meta").get("lastModified").asString();

		HttpResult response = api(client).get("/users?changedSince=" + since);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(ids(response)).containsExactly(changed);
		assertThat(ids(response)).doesNotContain(unchanged);
		assertThat(response.json().get("items").get(0).get("displayName").asString()).isEqualTo("Blake");
	}

	@Test
	void getUsersWhenChangedSinceMalformedThenProblemNamingTheForm() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = api(client).get("/users?changedSince=yesterday");
		HttpResult farFuture = api(client).get("/users?changedSince=%2B99999-01-01T00:00:00Z");

		assertThat(response.status()).isEqualTo(400);
		assertProblem(response, "ISO-8601");
		assertThat(farFuture.status()).isEqualTo(400);
	}

	@Test
	void getUsersWhenActiveFilterThenOnlyUsersWithThatFlag() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String enabled = createUser(scim, "avery@contoso.com", null, true);
		String disabled = createUser(scim, "blake@contoso.com", null, false);
		HttpCaller api = api(client);

		HttpResult inactive = api.get("/users?active=false");
		HttpResult active = api.get("/users?active=true");

		assertThat(ids(inactive)).containsExactly(disabled);
		assertThat(ids(active)).containsExactly(enabled);
		assertThat(inactive.json().get("items").get(0).get("active").asBoolean()).isFalse();
	}

	@Test
	void getUsersWhenFilterKeptInCursorThenNextPageFiltered() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		List<String> disabled = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			createUser(scim, unique("on") + "@contoso.com", null, true);
			disabled.add(createUser(scim, unique("off") + "@contoso.com", null, false));
		}
		HttpCaller api = api(client);

		HttpResult first = api.get("/users?active=false&limit=2");
		HttpResult second = api.get("/users?cursor=" + first.json().get("nextCursor").asString());
		HttpResult conflicting = api.get("/users?active=true&cursor=" + first.json().get("nextCursor").asString());

		List<String> seen = new ArrayList<>(ids(first));
		seen.addAll(ids(second));
		assertThat(seen).containsExactlyElementsOf(disabled);
		assertThat(second.json().get("nextCursor").isNull()).isTrue();
		assertThat(conflicting.status()).isEqualTo(400);
		assertProblem(conflicting, "other changedSince or active filters");
	}

	@Test
	void getUsersWhenParametersMalformedThenProblems() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);

		HttpResult zero = api.get("/users?limit=0");
		HttpResult tooMany = api.get("/users?limit=501");
		HttpResult words = api.get("/users?limit=ten");
		HttpResult active = api.get("/users?active=maybe");
		HttpResult cursor = api.get("/users?cursor=bm90LWEtY3Vyc29y");
		HttpResult groupsCursor = api.get("/users?cursor=" + groupsCursor(client, api));

		for (HttpResult response : List.of(zero, tooMany, words)) {
			assertThat(response.status()).isEqualTo(400);
			assertProblem(response, "limit must be a whole number from 1 to 500");
		}
		assertThat(active.status()).isEqualTo(400);
		assertProblem(active, "active must be true or false");
		assertThat(cursor.status()).isEqualTo(400);
		assertProblem(cursor, "cursor is not valid");
		assertThat(groupsCursor.status()).isEqualTo(400);
		assertProblem(groupsCursor, "cursor is not valid");
	}

	@Test
	void getUserWhenExistsThenUserWithItsGroups() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String guest = createUser(scim, "sam.lee@fabrikam.com", "sam.lee_fabrikam.com#EXT#", true);
		String group = createGroup(scim, "Engineering", guest);

		HttpResult response = api(client).get("/users/" + guest);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode user = response.json();
		assertThat(user.get("userName").asString()).isEqualTo("sam.lee@fabrikam.com");
		assertThat(user.get("externalId").asString()).isEqualTo("sam.lee_fabrikam.com#EXT#");
		assertThat(user.get("guest").asBoolean()).isTrue();
		assertThat(user.get("email").asString()).isEqualTo("sam.lee@fabrikam.com");
		assertThat(user.get("groups").get(0).get("id").asString()).isEqualTo(group);
		assertThat(user.get("groups").get(0).get("displayName").asString()).isEqualTo("Engineering");
	}

	@Test
	void getUsersWhenRolesAssignedThenEachInstanceSeesItsOwnRoles() {
		MachineClientCredentials production = onboardInstance("Contoso");
		String testInstance = createInstance(production.organisationId(), "Test");
		MachineClientCredentials test = createClient(production.organisationId(), testInstance);
		HttpCaller scim = scim(production.organisationId());
		String avery = createUser(scim, "avery@contoso.com", null, true);
		String blake = createUser(scim, "blake@contoso.com", null, true);
		String editors = createGroup(scim, "Editors", avery, blake);
		String reader = assignRole(production.organisationId(), production.instanceId(), "Reader",
				Subject.user(UUID.fromString(avery)));
		String contributor = assignRole(production.organisationId(), testInstance, "Contributor",
				Subject.group(UUID.fromString(editors)));

		HttpResult productionUser = api(production).get("/users/" + avery);
		HttpResult testUsers = api(test).get("/users");

		JsonNode productionRoles = productionUser.json().get("effectiveRoles");
		assertThat(productionRoles).hasSize(1);
		assertThat(productionRoles.get(0).get("id").asString()).isEqualTo(reader);
		assertThat(productionRoles.get(0).get("sources").get(0).get("type").asString()).isEqualTo("direct");
		for (JsonNode user : testUsers.json().get("items")) {
			assertThat(user.get("effectiveRoles")).hasSize(1);
			assertThat(user.get("effectiveRoles").get(0).get("id").asString()).isEqualTo(contributor);
			assertThat(user.get("effectiveRoles").get(0).get("sources").get(0).get("groupId").asString())
				.isEqualTo(editors);
		}
		assertThat(ids(testUsers)).containsExactly(avery, blake);
	}

	@Test
	void getUserWhenOfAnotherOrganisationThenNotFound() {
		MachineClientCredentials contoso = onboardInstance("Contoso");
		MachineClientCredentials fabrikam = onboardInstance("Fabrikam");
		HttpCaller fabrikamScim = scim(fabrikam.organisationId());
		String foreignUser = createUser(fabrikamScim, "taylor@fabrikam.com", null, true);
		String foreignGroup = createGroup(fabrikamScim, "Fabrikam staff", foreignUser);
		createUser(scim(contoso.organisationId()), "avery@contoso.com", null, true);
		HttpCaller api = api(contoso);

		HttpResult user = api.get("/users/" + foreignUser);
		HttpResult group = api.get("/groups/" + foreignGroup);
		HttpResult members = api.get("/groups/" + foreignGroup + "/members");
		HttpResult users = api.get("/users");
		HttpResult groups = api.get("/groups");

		assertThat(user.status()).isEqualTo(404);
		assertProblem(user, "no user with this id");
		assertThat(group.status()).isEqualTo(404);
		assertThat(members.status()).isEqualTo(404);
		assertThat(users.body()).doesNotContain(foreignUser).doesNotContain("taylor@fabrikam.com");
		assertThat(ids(users)).hasSize(1);
		assertThat(groups.body()).doesNotContain(foreignGroup);
	}

	@Test
	void getUserWhenIdMalformedThenNotFound() {
		MachineClientCredentials client = onboardInstance("Contoso");

		HttpResult response = api(client).get("/users/not-an-id");

		assertThat(response.status()).isEqualTo(404);
		assertProblem(response, "no user with this id");
	}

	@Test
	void getUserWhenPathHasRawBracesOrBarThenNotFoundProblem() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String user = createUser(scim(client.organisationId()), "avery@contoso.com", null, true);
		RawHttpCaller raw = new RawHttpCaller(rootUrl() + "/api/v1");
		Map<String, String> headers = Map.of("Authorization", "Bearer " + accessToken(client));

		try {
			List<HttpResult> answers = List.of(raw.send("GET", "/users/{" + user + "}", headers, null),
					raw.send("GET", "/users/a|b", headers, null));

			assertThat(answers).allSatisfy((answer) -> {
				assertThat(answer.status()).as(answer.body()).isEqualTo(404);
				assertProblem(answer, "no user with this id");
			});
		}
		finally {
			raw.close();
		}
	}

	@Test
	void getUsersWhenHeaderTooLargeForTheServerThenProblem() {
		MachineClientCredentials client = onboardInstance("Contoso");
		RawHttpCaller raw = new RawHttpCaller(rootUrl() + "/api/v1");

		try {
			HttpResult response = raw.send("GET", "/users",
					Map.of("Authorization", "Bearer " + accessToken(client), "X-Padding", "x".repeat(20_000)), null);

			assertThat(response.status()).isEqualTo(400);
			assertProblem(response, "The request could not be processed");
		}
		finally {
			raw.close();
		}
	}

	@Test
	void getUserWhenIdNotCanonicalThenNotFound() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String user = createUser(scim(client.organisationId()), "avery@contoso.com", null, true);
		HttpCaller api = api(client);
		List<String> variants = List.of(fullWidthDigit(user), "%7B" + user + "%7D", user + "%20", "%20" + user,
				user.replace("-", ""));

		HttpResult canonical = api.get("/users/" + user);
		HttpResult inCapitals = api.get("/users/" + user.toUpperCase(Locale.ROOT));
		List<HttpResult> others = variants.stream().map((variant) -> api.get("/users/" + variant)).toList();

		assertThat(canonical.status()).isEqualTo(200);
		assertThat(inCapitals.status()).isEqualTo(200);
		assertThat(others).allSatisfy((response) -> {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
			assertProblem(response, "no user with this id");
		});
	}

	@Test
	void getGroupsWhenPagedThenEveryGroupOnceWithMembers() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String user = createUser(scim, "avery@contoso.com", null, true);
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			groups.add(createGroup(scim, "Group " + i, user));
		}
		String nested = createGroup(scim, "Everyone", groups.get(0));
		groups.add(nested);
		HttpCaller api = api(client);

		HttpResult first = api.get("/groups?limit=4");
		HttpResult second = api.get("/groups?limit=4&cursor=" + first.json().get("nextCursor").asString());
		HttpResult members = api.get("/groups/" + nested + "/members");

		List<String> seen = new ArrayList<>(ids(first));
		seen.addAll(ids(second));
		assertThat(seen).containsExactlyElementsOf(groups);
		assertThat(second.json().get("nextCursor").isNull()).isTrue();
		assertThat(first.json().get("items").get(0).get("memberCount").asLong()).isEqualTo(1);
		JsonNode member = members.json().get("items").get(0);
		assertThat(member.get("id").asString()).isEqualTo(groups.get(0));
		assertThat(member.get("type").asString()).isEqualTo("group");
	}

	@Test
	void listWhenNumberNotInAsciiDigitsThenProblem() {
		HttpCaller api = api(onboardInstance("Contoso"));
		List<String> numbers = List.of("%EF%BC%95", "%2B5", "%201", "1%20", "5.0", "-0", "0x5", "%D9%A5");

		List<HttpResult> limits = numbers.stream().map((number) -> api.get("/users?limit=" + number)).toList();
		List<HttpResult> afters = numbers.stream().map((number) -> api.get("/events?after=" + number)).toList();
		List<HttpResult> eventLimits = numbers.stream()
			.map((number) -> api.get("/events?after=0&limit=" + number))
			.toList();
		HttpResult plain = api.get("/users?limit=5");

		assertThat(limits).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertProblem(response, "limit must be a whole number from 1 to 500");
		});
		assertThat(afters).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertProblem(response, "after must be a whole number of 0 or more");
		});
		assertThat(eventLimits).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertProblem(response, "limit must be a whole number from 1 to 1000");
		});
		assertThat(plain.status()).isEqualTo(200);
	}

	@Test
	void getGroupsWhenUserFiltersGivenThenProblemNamingTheParameter() {
		HttpCaller api = api(onboardInstance("Contoso"));

		HttpResult changedSince = api.get("/groups?changedSince=2026-12-01T00:00:00Z");
		HttpResult active = api.get("/groups?limit=10&active=true");

		assertThat(changedSince.status()).isEqualTo(400);
		assertProblem(changedSince, "Parameter changedSince is not supported on groups; it takes cursor, limit");
		assertThat(active.status()).isEqualTo(400);
		assertProblem(active, "Parameter active is not supported on groups");
	}

	@Test
	void listWhenParameterUnknownThenProblemNamingIt() {
		MachineClientCredentials client = onboardInstance("Contoso");
		String group = createGroup(scim(client.organisationId()), "Editors");
		HttpCaller api = api(client);

		HttpResult users = api.get("/users?filter=userName%20eq%20%22avery%22");
		HttpResult members = api.get("/groups/" + group + "/members?active=true");
		HttpResult events = api.get("/events?after=0&since=2026-12-01T00:00:00Z");
		HttpResult odd = api.get("/users?%7B%7D=1");

		assertThat(users.status()).isEqualTo(400);
		assertProblem(users,
				"Parameter filter is not supported on users; it takes cursor, limit, changedSince, active");
		assertThat(members.status()).isEqualTo(400);
		assertProblem(members, "Parameter active is not supported on group members");
		assertThat(events.status()).isEqualTo(400);
		assertProblem(events, "Parameter since is not supported on events; it takes after, limit");
		assertThat(odd.status()).isEqualTo(400);
		assertProblem(odd, "Parameter is not supported on users");
	}

	@Test
	void listWhenParameterNameHasControlCharacterThenProblem() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);

		List<HttpResult> answers = List.of(api.get("/events?a%00b=1"), api.get("/users?a%0Ab=1"),
				api.get("/groups?a%7Fb=1"));

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertProblem(answer, "A parameter name or value holds a character that is not allowed");
		});
	}

	@Test
	void getEventsWhenParametersMalformedThenProblems() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);

		HttpResult negative = api.get("/events?after=-1");
		HttpResult words = api.get("/events?after=start");
		HttpResult tooMany = api.get("/events?after=0&limit=1001");
		HttpResult anonymous = new HttpCaller(rootUrl() + "/api/v1", null).get("/events?after=0");

		assertThat(negative.status()).isEqualTo(400);
		assertProblem(negative, "after must be a whole number of 0 or more");
		assertThat(words.status()).isEqualTo(400);
		assertThat(tooMany.status()).isEqualTo(400);
		assertProblem(tooMany, "limit must be a whole number from 1 to 1000");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void requestWhenPathUnknownThenProblemNotHtml() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller api = api(client);

		HttpResult unknown = api.get("/nothing-here");
		HttpResult method = api.delete("/users");

		assertThat(unknown.status()).isEqualTo(404);
		assertProblem(unknown, "No endpoint at this path");
		assertThat(method.status()).isEqualTo(405);
		assertProblem(method, "Method DELETE is not supported");
	}

	@Test
	void getGroupMembersWhenLimitAboveTwoHundredThenProblemNotCut() {
		MachineClientCredentials client = onboardInstance("Contoso");
		HttpCaller scim = scim(client.organisationId());
		String group = createGroup(scim, "Editors", createUser(scim, "avery@contoso.com", null, true));
		HttpCaller api = api(client);

		HttpResult most = api.get("/groups/" + group + "/members?limit=200");
		HttpResult tooMany = api.get("/groups/" + group + "/members?limit=201");

		assertThat(most.status()).isEqualTo(200);
		assertThat(tooMany.status()).isEqualTo(400);
		assertProblem(tooMany, "limit must be a whole number from 1 to 200");
	}

	@Test
	void postSignInDecisionWhenBodyNotJsonThenUnsupportedMediaTypeInApiWords() {
		HttpCaller api = api(onboardInstance("Contoso"));

		HttpResult response = api.send("POST", "/sign-in-decisions", Map.of("Content-Type", "text/plain"),
				"provider=entra");

		assertThat(response.status()).isEqualTo(415);
		assertProblem(response, "Send the request body as application/json");
		assertThat(response.body()).doesNotContainIgnoringCase("scim");
	}

	@Test
	void getUsersWhenJsonNotAcceptedThenNotAcceptableInApiWords() {
		HttpCaller api = api(onboardInstance("Contoso"));

		HttpResult response = api.send("GET", "/users", Map.of("Accept", "text/csv"), null);

		assertThat(response.status()).isEqualTo(406);
		assertProblem(response, "Accept application/json");
		assertThat(response.body()).doesNotContainIgnoringCase("scim");
	}

	/**
	 * The id with its first digit in full width (U+FF10 to U+FF19), percent-encoded: the
	 * same number to a parser that reads any script's digits.
	 */
	private static String fullWidthDigit(String id) {
		int index = 0;
		while (!Character.isDigit(id.charAt(index))) {
			index++;
		}
		char digit = (char) ('\uFF10' + (id.charAt(index) - '0'));
		return id.substring(0, index) + URLEncoder.encode(String.valueOf(digit), StandardCharsets.UTF_8)
				+ id.substring(index + 1);
	}

	private String groupsCursor(MachineClientCredentials client, HttpCaller api) {
		HttpCaller scim = scim(client.organisationId());
		createGroup(scim, unique("First"));
		createGroup(scim, unique("Second"));
		return api.get("/groups?limit=1").json().get("nextCursor").asString();
	}

	private RSAKey signingKey() throws JOSEException {
		List<JWK> keys = this.tokens.keys().get(new JWKSelector(new JWKMatcher.Builder().build()), null);
		return (RSAKey) keys.get(0);
	}

	private static JWTClaimsSet claims(MachineClientCredentials client, String audience, Instant issuedAt,
			Instant expiresAt) {
		return new JWTClaimsSet.Builder().subject(client.clientId())
			.audience(audience)
			.issueTime(Date.from(issuedAt))
			.notBeforeTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.jwtID(UUID.randomUUID().toString())
			.claim("organisation_id", client.organisationId())
			.claim("instance_id", client.instanceId())
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
