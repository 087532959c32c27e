package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What parallel provisioning requests must leave behind (CLIENTS.md §6.4, E12): Entra
 * sends membership PATCHes for one group concurrently, and two jobs (or a retry) may
 * create the same user at the same moment. Requests are released together from a barrier;
 * each race runs several rounds to make a lost update likely to show. Subclasses choose
 * the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractConcurrencyIntegrationTests extends LiveServiceTests {

	private static final int ROUNDS = 5;

	private HttpCaller scim;

	@BeforeAll
	void onboard() {
		Tenant tenant = onboardOrganisation("Concurrency");
		this.scim = tenant.scim();
	}

	@Test
	void patchWhenTwentyConcurrentRequestsAddDifferentMembersThenGroupHasAllTwenty() {
		for (int round = 0; round < 3; round++) {
			String groupId = createGroup("Parallel adds " + UUID.randomUUID());
			List<String> userIds = createUsers(20);

			List<HttpResult> results = concurrently(20,
					(i) -> this.scim.patch("/Groups/" + groupId, membersPatch("Add", userIds.get(i))));

			assertThat(results).extracting(HttpResult::status).allMatch((status) -> status == 200 || status == 204);
			assertThat(memberIds(groupId)).containsExactlyInAnyOrderElementsOf(userIds);
		}
	}

	@Test
	void patchWhenConcurrentRequestsAddAndRemoveDifferentMembersThenEveryChangeIsKept() {
		String groupId = createGroup("Parallel churn " + UUID.randomUUID());
		List<String> leaving = createUsers(10);
		List<String> joining = createUsers(10);
		assertThat(this.scim.patch("/Groups/" + groupId, membersPatch("Add", leaving.toArray(String[]::new))).status())
			.isIn(200, 204);

		List<HttpResult> results = concurrently(20,
				(i) -> (i % 2 == 0) ? this.scim.patch("/Groups/" + groupId, membersPatch("Remove", leaving.get(i / 2)))
						: this.scim.patch("/Groups/" + groupId, membersPatch("Add", joining.get(i / 2))));

		assertThat(results).extracting(HttpResult::status).allMatch((status) -> status == 200 || status == 204);
		assertThat(memberIds(groupId)).containsExactlyInAnyOrderElementsOf(joining);
	}

	@Test
	void patchWhenConcurrentRequestsAddTheSameMemberThenItIsAMemberOnce() {
		String groupId = createGroup("Parallel same member " + UUID.randomUUID());
		String userId = createUsers(1).get(0);

		List<HttpResult> results = concurrently(10,
				(i) -> this.scim.patch("/Groups/" + groupId, membersPatch("Add", userId)));

		assertThat(results).extracting(HttpResult::status).allMatch((status) -> status == 200 || status == 204);
		assertThat(memberIds(groupId)).containsExactly(userId);
	}

	@Test
	void postWhenTwoConcurrentRequestsCreateOneUserNameThenOneIsCreatedAndOneConflicts() {
		for (int round = 0; round < ROUNDS; round++) {
			String userName = "race." + UUID.randomUUID() + "@contoso.com";

			List<HttpResult> results = concurrently(2, (i) -> this.scim.post("/Users", userBody(userName)));

			assertOneCreatedOneConflict(results);
			assertThat(countUsers(userName)).isEqualTo(1);
		}
	}

	@Test
	void postWhenConcurrentRequestsDifferOnlyInCaseThenOneIsCreatedAndOneConflicts() {
		for (int round = 0; round < ROUNDS; round++) {
			String userName = "Race." + UUID.randomUUID() + "@Contoso.com";
			List<String> variants = List.of(userName, userName.toLowerCase(Locale.ROOT));

			List<HttpResult> results = concurrently(2, (i) -> this.scim.post("/Users", userBody(variants.get(i))));

			assertOneCreatedOneConflict(results);
			assertThat(countUsers(userName.toUpperCase(Locale.ROOT))).isEqualTo(1);
		}
	}

	@Test
	void postWhenTwoConcurrentRequestsCreateOneGroupNameThenOneIsCreatedAndOneConflicts() {
		for (int round = 0; round < ROUNDS; round++) {
			String displayName = "Race group " + UUID.randomUUID();

			List<HttpResult> results = concurrently(2, (i) -> this.scim.post("/Groups", groupBody(displayName)));

			assertOneCreatedOneConflict(results);
			HttpResult found = this.scim.get("/Groups?excludedAttributes=members&filter="
					+ EntraSimulator.formEncoded("displayName eq \"" + displayName + "\""));
			assertThat(found.json().path("totalResults").asInt()).isEqualTo(1);
		}
	}

	private static void assertOneCreatedOneConflict(List<HttpResult> results) {
		assertThat(results).extracting(HttpResult::status).containsExactlyInAnyOrder(201, 409);
		HttpResult conflict = results.stream().filter((result) -> result.status() == 409).findFirst().orElseThrow();
		assertThat(conflict.json().path("scimType").asString()).as(conflict.body()).isEqualTo("uniqueness");
		assertThat(conflict.header("Content-Type")).startsWith("application/scim+json");
	}

	private List<HttpResult> concurrently(int requests, IntFunction<HttpResult> request) {
		CyclicBarrier start = new CyclicBarrier(requests);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<HttpResult>> futures = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					start.await();
					return request.apply(index);
				}));
			}
			List<HttpResult> results = new ArrayList<>();
			for (Future<HttpResult> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> createUsers(int count) {
		return IntStream.range(0, count).mapToObj((i) -> {
			HttpResult created = this.scim.post("/Users", userBody("member." + UUID.randomUUID() + "@contoso.com"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			return created.json().path("id").asString();
		}).toList();
	}

	private String createGroup(String displayName) {
		HttpResult created = this.scim.post("/Groups", groupBody(displayName));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private List<String> memberIds(String groupId) {
		HttpResult group = this.scim.get("/Groups/" + groupId);
		assertThat(group.status()).as(group.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		group.json().path("members").forEach((member) -> ids.add(member.path("value").asString()));
		return ids;
	}

	private int countUsers(String userName) {
		HttpResult found = this.scim
			.get("/Users?filter=" + EntraSimulator.formEncoded("userName eq \"" + userName + "\""));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		JsonNode body = found.json();
		return body.path("totalResults").asInt();
	}

	private static String userBody(String userName) {
		return "{\"schemas\":[\"" + ScimNodes.CORE_USER + "\"],\"userName\":\"" + userName
				+ "\",\"active\":true,\"externalId\":\"" + UUID.randomUUID() + "\"}";
	}

	private static String groupBody(String displayName) {
		return "{\"schemas\":[\"" + ScimNodes.CORE_GROUP + "\"],\"displayName\":\"" + displayName + "\"}";
	}

	/**
	 * Entra's membership PATCH: capitalised op, members with a null {@code $ref}.
	 */
	private static String membersPatch(String op, String... userIds) {
		StringBuilder values = new StringBuilder();
		for (String userId : userIds) {
			values.append((values.length() > 0) ? "," : "")
				.append("{\"$ref\":null,\"value\":\"")
				.append(userId)
				.append("\"}");
		}
		return "{\"schemas\":[\"" + ScimNodes.PATCH_OP + "\"],\"Operations\":[{\"op\":\"" + op
				+ "\",\"path\":\"members\",\"value\":[" + values + "]}]}";
	}

}
