package energy.foundation.identity.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's write path as a SCIM client meets it over HTTP: concurrent membership
 * PATCHes never fail on a database deadlock, names that grow when lower-cased are refused
 * with a SCIM error, and ETags change whenever a membership change changes what a
 * resource shows. A second organisation mirrors the writes and must stay unaffected.
 */
abstract class DirectoryOverScimSuite extends LiveServiceTests {

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	// the reviewer's scenario: rounds of four PATCHes, two groups adding and removing
	// each other
	private static final int CROSSING_ROUNDS = 40;

	private HttpCaller scim;

	private HttpCaller otherScim;

	private String run;

	@BeforeEach
	void onboardTwoOrganisations() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.scim = onboardOrganisation("Directory " + this.run).scim();
		this.otherScim = onboardOrganisation("Directory other " + this.run).scim();
	}

	@Test
	void patchWhenGroupsAddAndRemoveEachOtherConcurrentlyThenAllSucceed() {
		String first = create(this.scim, "/Groups", group("First"));
		String second = create(this.scim, "/Groups", group("Second"));
		List<HttpResult> results = new ArrayList<>();

		for (int round = 0; round < CROSSING_ROUNDS; round++) {
			results.addAll(together(
					List.of(() -> patchMembers(first, "add", second), () -> patchMembers(first, "remove", second),
							() -> patchMembers(second, "add", first), () -> patchMembers(second, "remove", first))));
		}

		assertThat(results).hasSize(4 * CROSSING_ROUNDS)
			.allSatisfy((result) -> assertThat(result.status()).as(result.body()).isEqualTo(200));
	}

	@Test
	void postWhenUserNameLongerThanColumnInLowerCaseThenInvalidValue() {
		String userName = "İ".repeat(300);

		HttpResult answer = this.scim.post("/Users",
				"{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName + "\"}");

		assertInvalidValue(answer);
	}

	@Test
	void postWhenGroupNameLongerThanColumnInLowerCaseThenInvalidValue() {
		HttpResult answer = this.scim.post("/Groups", group("İ".repeat(300)));

		assertInvalidValue(answer);
	}

	@Test
	void getWhenUserJoinedGroupSinceETagThenAnsweredWithNewETag() {
		String user = create(this.scim, "/Users", user("alex"));
		String otherUser = create(this.otherScim, "/Users", user("alex"));
		String group = create(this.scim, "/Groups", group("Finance"));
		String eTag = this.scim.get("/Users/" + user).header("ETag");
		String otherETag = this.otherScim.get("/Users/" + otherUser).header("ETag");

		assertThat(patchMembers(group, "add", user).status()).isEqualTo(200);

		HttpResult found = getIfNoneMatch(this.scim, "/Users/" + user, eTag);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.header("ETag")).isNotEqualTo(eTag);
		assertThat(found.json().get("groups").get(0).get("value").asString()).isEqualTo(group);
		assertThat(getIfNoneMatch(this.otherScim, "/Users/" + otherUser, otherETag).status()).isEqualTo(304);
	}

	@Test
	void getWhenMemberDeletedSinceGroupETagThenAnsweredWithNewETag() {
		String user = create(this.scim, "/Users", user("alex"));
		String group = create(this.scim, "/Groups", group("Finance"));
		assertThat(patchMembers(group, "add", user).status()).isEqualTo(200);
		HttpResult before = this.scim.get("/Groups/" + group);

		assertThat(this.scim.delete("/Users/" + user).status()).isEqualTo(204);

		HttpResult found = getIfNoneMatch(this.scim, "/Groups/" + group, before.header("ETag"));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.header("ETag")).isNotEqualTo(before.header("ETag"));
		assertThat(found.json().path("meta").path("lastModified").asString())
			.isNotEqualTo(before.json().path("meta").path("lastModified").asString());
		assertThat(found.json().path("members")).isEmpty();
	}

	private static void assertInvalidValue(HttpResult answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().get("scimType").asString()).isEqualTo("invalidValue");
		assertThat(answer.header("Content-Type")).startsWith("application/scim+json");
	}

	private HttpResult patchMembers(String groupId, String op, String memberId) {
		return this.scim.patch("/Groups/" + groupId,
				"{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"" + op
						+ "\",\"path\":\"members\",\"value\":[{\"value\":\"" + memberId + "\"}]}]}");
	}

	private static HttpResult getIfNoneMatch(HttpCaller caller, String path, String eTag) {
		return caller.send("GET", path, Map.of("If-None-Match", eTag), null);
	}

	private String user(String name) {
		return "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + name + "." + this.run + "@example.com\"}";
	}

	private String group(String name) {
		return "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + name + "\"}";
	}

	private static String create(HttpCaller caller, String endpoint, String body) {
		HttpResult created = caller.post(endpoint, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * Sends the requests on their own threads, released together.
	 */
	private static List<HttpResult> together(List<Supplier<HttpResult>> requests) {
		CyclicBarrier start = new CyclicBarrier(requests.size());
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			List<Future<HttpResult>> futures = new ArrayList<>();
			for (Supplier<HttpResult> request : requests) {
				futures.add(pool.submit(() -> {
					start.await();
					return request.get();
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

}
