package energy.foundation.identity.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioning log as a SCIM client fills it over HTTP: every request of an existing
 * organisation recorded, accepted or rejected, with plain words and attribute names but
 * no values, and never visible to a second organisation.
 */
abstract class ProvisioningLogSuite extends LiveServiceTests {

	private static final String USER_NAME = "avery.ng.%s@contoso.com";

	@Autowired
	private ProvisioningLog log;

	@Autowired
	private DSLContext dsl;

	private Tenant tenant;

	private Tenant other;

	private UUID organisationId;

	private String userName;

	@BeforeEach
	void onboardTwoOrganisations() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.tenant = onboardOrganisation("Logged " + run);
		this.other = onboardOrganisation("Other " + run);
		this.organisationId = UUID.fromString(this.tenant.organisationId());
		this.userName = USER_NAME.formatted(run);
	}

	@Test
	void createUserWhenAcceptedThenEntryNamesAttributesAndCredential() {
		HttpResult created = createUser(this.tenant.scim());

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.CREATE_USER);
		assertThat(entry.outcome()).isEqualTo(ProvisioningOutcome.ACCEPTED);
		assertThat(entry.httpStatus()).isEqualTo(201);
		assertThat(entry.summary()).isEqualTo("Created user");
		assertThat(entry.resourceType()).isEqualTo(ProvisioningResourceType.USER);
		assertThat(entry.resourceId()).hasToString(created.json().get("id").asString());
		assertThat(entry.changedAttributes()).contains("userName", "name", "emails", "active");
		assertThat(entry.credentialId()).isNotNull();
		assertThat(entry.credentialPrefix()).startsWith("fisc_");
		assertThat(entry.requestId()).isEqualTo(created.header("X-Request-Id"));
		assertThat(entry.capturedValues()).isNull();
	}

	@Test
	void storedRowsWhenValueCaptureOffThenHoldNoAttributeValues() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();
		this.tenant.scim().patch("/Users/" + id, patch("replace", "name.givenName", "\"Averina\""));
		this.tenant.scim().get("/Users?filter=userName+eq+%22" + this.userName + "%22");
		awaitEntry((found) -> found.operation() == ProvisioningOperation.QUERY_USERS);

		String rows = storedRows(this.organisationId);

		assertThat(rows).contains("name.givenName")
			.doesNotContain(this.userName)
			.doesNotContain("Averina")
			.doesNotContain("avery.ng");
	}

	@Test
	void patchWhenActiveTurnsFalseThenDisabledUser() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();

		this.tenant.scim().patch("/Users/" + id, patch("Replace", "active", "\"False\""));

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.DISABLE_USER);
		assertThat(entry.summary()).isEqualTo("Disabled user");
		assertThat(entry.changedAttributes()).containsExactly("active");
		assertThat(entry.resourceId()).hasToString(id);
	}

	@Test
	void patchWhenActiveTurnsTrueAgainThenEnabledUser() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();
		this.tenant.scim().patch("/Users/" + id, patch("replace", "active", "false"));

		this.tenant.scim().patch("/Users/" + id, patch("replace", "active", "true"));

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.ENABLE_USER);
		assertThat(entry.summary()).isEqualTo("Enabled user");
	}

	@Test
	void patchWhenGivenNameChangesThenUpdatedUserNamesSubAttribute() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();

		this.tenant.scim().patch("/Users/" + id, patch("replace", "name.givenName", "\"Averina\""));

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.UPDATE_USER);
		assertThat(entry.summary()).isEqualTo("Updated user");
		assertThat(entry.changedAttributes()).containsExactly("name.givenName");
	}

	@Test
	void deleteUserWhenAcceptedThenDeletedUser() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();

		this.tenant.scim().delete("/Users/" + id);

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.DELETE_USER);
		assertThat(entry.summary()).isEqualTo("Deleted user");
		assertThat(entry.httpStatus()).isEqualTo(204);
		assertThat(entry.resourceId()).hasToString(id);
	}

	@Test
	void groupLifecycleWhenRenamedChangedAndDeletedThenEachInPlainWords() {
		HttpCaller scim = this.tenant.scim();
		List<String> users = List.of(createUser(scim, "a").json().get("id").asString(),
				createUser(scim, "b").json().get("id").asString(), createUser(scim, "c").json().get("id").asString());
		String group = scim
			.post("/Groups",
					"{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Pilots\","
							+ "\"members\":[{\"value\":\"" + users.get(0) + "\"}]}")
			.json()
			.get("id")
			.asString();

		scim.patch("/Groups/" + group, patch("replace", "displayName", "\"Senior pilots\""));
		scim.patch("/Groups/" + group,
				"{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
						+ "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + users.get(1)
						+ "\"},{\"value\":\"" + users.get(2)
						+ "\"}]},{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + users.get(0) + "\\\"]\"}]}");
		scim.delete("/Groups/" + group);

		awaitEntry((found) -> found.operation() == ProvisioningOperation.DELETE_GROUP);
		List<String> summaries = entries().stream()
			.filter((entry) -> entry.resourceType() == ProvisioningResourceType.GROUP)
			.map(ProvisioningLogEntry::summary)
			.toList();
		assertThat(summaries).containsExactly("Deleted group", "Added 2 members to group and removed 1",
				"Renamed group", "Created group with 1 member");
	}

	@Test
	void patchWhenMembersAddedAndRemovedThenCounted() {
		HttpCaller scim = this.tenant.scim();
		String first = createUser(scim, "a").json().get("id").asString();
		String second = createUser(scim, "b").json().get("id").asString();
		String group = scim
			.post("/Groups",
					"{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Crew\","
							+ "\"members\":[{\"value\":\"" + first + "\"}]}")
			.json()
			.get("id")
			.asString();

		scim.put("/Groups/" + group, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
				+ "\"displayName\":\"Crew\",\"members\":[{\"value\":\"" + second + "\"}]}");

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.UPDATE_GROUP);
		assertThat(entry.membersAdded()).isEqualTo(1);
		assertThat(entry.membersRemoved()).isEqualTo(1);
		assertThat(entry.changedAttributes()).containsExactly("members");
	}

	@Test
	void requestWhenTokenIsWrongThenRejectedWithoutCredential() {
		HttpResult refused = this.tenant.scim().withToken("fisc_wrong").get("/Users");

		ProvisioningLogEntry entry = awaitEntry(
				(found) -> found.operation() == ProvisioningOperation.AUTHENTICATION_FAILED);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(entry.outcome()).isEqualTo(ProvisioningOutcome.REJECTED);
		assertThat(entry.httpStatus()).isEqualTo(401);
		assertThat(entry.summary()).isEqualTo("Rejected: invalid credential");
		assertThat(entry.credentialId()).isNull();
		assertThat(entry.credentialPrefix()).isNull();
	}

	@Test
	void requestWhenOrganisationUnknownThenNotRecorded() {
		UUID unknown = UUID.randomUUID();
		HttpCaller stranger = new HttpCaller(rootUrl() + "/scim/v2/organisations/" + unknown, "fisc_wrong");

		HttpResult refused = stranger.get("/Users");
		HttpResult notUuid = new HttpCaller(rootUrl() + "/scim/v2/organisations/not-a-uuid", "fisc_wrong")
			.get("/Users");
		this.tenant.scim().withToken("fisc_wrong").get("/Groups");
		awaitEntry((found) -> found.operation() == ProvisioningOperation.AUTHENTICATION_FAILED);

		assertThat(refused.status()).isEqualTo(401);
		assertThat(notUuid.status()).isEqualTo(401);
		assertThat(this.dsl.fetchCount(DSL.table("provisioning_log"),
				DSL.field("organisation_id", UUID.class).eq(unknown)))
			.isZero();
	}

	@Test
	void listWhenFilterInvalidThenRejectedWithScimTypeAndNoFilterText() {
		HttpResult refused = this.tenant.scim().get("/Users?filter=userName+eq+%22secret.person");

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.QUERY_USERS);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(entry.outcome()).isEqualTo(ProvisioningOutcome.REJECTED);
		assertThat(entry.scimType()).isEqualTo("invalidFilter");
		assertThat(entry.summary()).isEqualTo("Rejected: look up users (invalid filter)");
		assertThat(storedRows(this.organisationId)).doesNotContain("secret.person");
	}

	@Test
	void createWhenUserNameTakenThenRejectedWithUniqueness() {
		createUser(this.tenant.scim());

		HttpResult conflict = createUser(this.tenant.scim());

		ProvisioningLogEntry entry = awaitEntry((found) -> found.httpStatus() == 409);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(entry.operation()).isEqualTo(ProvisioningOperation.CREATE_USER);
		assertThat(entry.scimType()).isEqualTo("uniqueness");
		assertThat(entry.summary()).isEqualTo("Rejected: create user (already exists)");
		assertThat(entry.changedAttributes()).isEmpty();
	}

	@Test
	void readWhenUserUnknownThenRejectedNotFound() {
		String id = UUID.randomUUID().toString();

		this.tenant.scim().get("/Users/" + id);

		ProvisioningLogEntry entry = awaitEntry((found) -> found.httpStatus() == 404);
		assertThat(entry.operation()).isEqualTo(ProvisioningOperation.READ_USER);
		assertThat(entry.resourceId()).hasToString(id);
	}

	@Test
	void discoveryWhenReadThenRecorded() {
		this.tenant.scim().get("/ServiceProviderConfig");

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.DISCOVERY);
		assertThat(entry.summary()).isEqualTo("Read service provider configuration");
		assertThat(entry.resourceType()).isNull();
	}

	@Test
	void listWhenEntraProbeThenTestConnection() {
		this.tenant.scim()
			.get("/Groups?excludedAttributes=members&filter=displayName+eq+%22" + UUID.randomUUID() + "%22");

		ProvisioningLogEntry entry = awaitEntry((found) -> found.testConnection());
		assertThat(entry.operation()).isEqualTo(ProvisioningOperation.TEST_CONNECTION);
		assertThat(entry.summary()).isEqualTo("Test Connection probe");
		assertThat(entry.resourceType()).isEqualTo(ProvisioningResourceType.GROUP);
	}

	@Test
	void healthWhenProbeOpensTheOrganisationsTrafficThenCycleStartsThere() {
		this.tenant.scim().get("/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22");
		ProvisioningLogEntry probe = awaitEntry(ProvisioningLogEntry::testConnection);
		createUser(this.tenant.scim());
		awaitEntry((found) -> found.operation() == ProvisioningOperation.CREATE_USER);

		ConnectionHealth health = this.log.health(this.organisationId);

		assertThat(health.lastTestConnectionAt()).isEqualTo(probe.receivedAt());
		assertThat(health.currentCycleStartedAt()).isEqualTo(probe.receivedAt());
		assertThat(health.requestsSinceCycleStart()).isEqualTo(2);
		assertThat(health.requestsLast24Hours()).isEqualTo(2);
		assertThat(health.failuresLast24Hours()).isZero();
	}

	@Test
	void healthWhenProbeFollowsBusyTrafficThenOnlyTheProbeAfterQuietStartsACycle() {
		Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);
		record(start, ProvisioningOperation.CREATE_USER, 201, false);
		Instant cycle = start.plus(Duration.ofMinutes(40));
		record(cycle, ProvisioningOperation.TEST_CONNECTION, 200, true);
		record(cycle.plusSeconds(1), ProvisioningOperation.TEST_CONNECTION, 200, true);
		record(cycle.plusSeconds(2), ProvisioningOperation.UPDATE_USER, 409, false);

		ConnectionHealth health = this.log.health(this.organisationId);

		assertThat(health.currentCycleStartedAt()).isEqualTo(cycle);
		assertThat(health.lastTestConnectionAt()).isEqualTo(cycle.plusSeconds(1));
		assertThat(health.requestsSinceCycleStart()).isEqualTo(3);
		assertThat(health.failuresSinceCycleStart()).isEqualTo(1);
		assertThat(health.lastRequestAt()).isEqualTo(cycle.plusSeconds(2));
	}

	@Test
	void healthWhenProbesOnlyInsideBusyTrafficThenNoCycle() {
		Instant start = Instant.now().minus(Duration.ofHours(2));
		for (int minute = 0; minute <= 60; minute += 10) {
			record(start.plus(Duration.ofMinutes(minute)), ProvisioningOperation.QUERY_USERS, 200, false);
		}
		record(start.plus(Duration.ofMinutes(30)).plusSeconds(1), ProvisioningOperation.TEST_CONNECTION, 200, true);

		ConnectionHealth health = this.log.health(this.organisationId);

		assertThat(health.currentCycleStartedAt()).isNull();
		assertThat(health.requestsSinceCycleStart()).isZero();
		assertThat(health.requestsLast24Hours()).isEqualTo(8);
	}

	@Test
	void createWhenValueCaptureOnThenValuesKeptWithoutPassword() {
		this.log.setValueCapture(this.organisationId, true);

		this.tenant.scim()
			.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
					+ this.userName + "\",\"password\":\"Hunter2-very-secret\"}");

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.CREATE_USER);
		assertThat(this.log.valueCapture(this.organisationId)).isTrue();
		assertThat(entry.capturedValues()).contains(this.userName).doesNotContain("password");
		assertThat(storedRows(this.organisationId)).doesNotContain("Hunter2");
	}

	@Test
	void valueCaptureWhenSwitchedOffAgainThenNothingKept() {
		this.log.setValueCapture(this.organisationId, true);
		this.log.setValueCapture(this.organisationId, false);

		createUser(this.tenant.scim());

		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.CREATE_USER);
		assertThat(entry.capturedValues()).isNull();
		assertThat(this.log.valueCapture(UUID.fromString(this.other.organisationId()))).isFalse();
	}

	@Test
	void secondOrganisationWhenFirstIsLoggedThenSeesNothingOfIt() {
		createUser(this.tenant.scim());
		ProvisioningLogEntry entry = awaitEntry((found) -> found.operation() == ProvisioningOperation.CREATE_USER);
		UUID otherId = UUID.fromString(this.other.organisationId());

		ProvisioningLogPage page = this.log.search(otherId, ProvisioningLogQuery.latest(200));

		assertThat(page.entries()).isEmpty();
		assertThat(this.log.find(otherId, entry.id())).isEmpty();
		assertThat(this.log.find(this.organisationId, entry.id())).contains(entry);
		assertThat(this.log.health(otherId).lastRequestAt()).isNull();
		assertThat(this.log.health(otherId).requestsLast24Hours()).isZero();
	}

	@Test
	void searchWhenPagedThenEveryEntryOnceNewestFirst() {
		Instant start = Instant.now().minus(Duration.ofHours(1));
		for (int i = 0; i < 5; i++) {
			record(start.plusSeconds(i / 2), ProvisioningOperation.READ_USER, 200, false);
		}

		List<ProvisioningLogEntry> seen = new ArrayList<>();
		ProvisioningLogQuery query = ProvisioningLogQuery.latest(2);
		List<Integer> sizes = new ArrayList<>();
		ProvisioningLogPage page;
		do {
			page = this.log.search(this.organisationId, query);
			seen.addAll(page.entries());
			sizes.add(page.entries().size());
			query = query.after(page.nextCursor());
		}
		while (page.nextCursor() != null);

		assertThat(sizes).containsExactly(2, 2, 1);
		assertThat(seen).extracting(ProvisioningLogEntry::id).doesNotHaveDuplicates().hasSize(5);
		assertThat(seen).extracting(ProvisioningLogEntry::receivedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void searchWhenFilteredByOutcomeOperationAndResourceThenOnlyThose() {
		String id = createUser(this.tenant.scim()).json().get("id").asString();
		this.tenant.scim().patch("/Users/" + id, patch("replace", "active", "false"));
		this.tenant.scim().get("/Users/" + UUID.randomUUID());
		awaitEntry((found) -> found.httpStatus() == 404);

		ProvisioningLogPage history = this.log.search(this.organisationId,
				new ProvisioningLogQuery(null, null, null, null, UUID.fromString(id), null, 50));
		ProvisioningLogPage rejected = this.log.search(this.organisationId,
				new ProvisioningLogQuery(ProvisioningOutcome.REJECTED, null, null, null, null, null, 50));
		ProvisioningLogPage disabled = this.log.search(this.organisationId,
				new ProvisioningLogQuery(null, ProvisioningOperation.DISABLE_USER, null, null, null, null, 50));

		assertThat(history.entries()).extracting(ProvisioningLogEntry::operation)
			.containsExactly(ProvisioningOperation.DISABLE_USER, ProvisioningOperation.CREATE_USER);
		assertThat(rejected.entries()).extracting(ProvisioningLogEntry::httpStatus).containsExactly(404);
		assertThat(disabled.entries()).hasSize(1);
	}

	@Test
	void pruneWhenEntriesOlderThanLimitThenOnlyThoseRemoved() {
		Instant now = Instant.now();
		record(now.minus(Duration.ofDays(400)), ProvisioningOperation.READ_USER, 200, false);
		record(now.minus(Duration.ofDays(10)), ProvisioningOperation.READ_GROUP, 200, false);

		int pruned = this.log.prune(now.minus(Duration.ofDays(180)));

		assertThat(pruned).isPositive();
		assertThat(entries()).extracting(ProvisioningLogEntry::operation)
			.containsExactly(ProvisioningOperation.READ_GROUP);
	}

	private void record(Instant at, ProvisioningOperation operation, int status, boolean probe) {
		this.log.record(new ProvisioningEvent(this.organisationId, at, operation, operation.label(), null, null, status,
				null, 3, UUID.randomUUID(), "fisc_test", List.of(), 0, 0, probe, "test", null));
	}

	private HttpResult createUser(HttpCaller scim) {
		return createUser(scim, null);
	}

	private HttpResult createUser(HttpCaller scim, String suffix) {
		String name = (suffix != null) ? suffix + "." + this.userName : this.userName;
		return scim.post("/Users",
				"{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + name
						+ "\",\"active\":true,\"name\":{\"givenName\":\"Avery\",\"familyName\":\"Ng\"},"
						+ "\"emails\":[{\"type\":\"work\",\"value\":\"" + name + "\",\"primary\":true}]}");
	}

	private static String patch(String op, String path, String value) {
		return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"" + op
				+ "\",\"path\":\"" + path + "\",\"value\":" + value + "}]}";
	}

	private List<ProvisioningLogEntry> entries() {
		return this.log.search(this.organisationId, ProvisioningLogQuery.latest(200)).entries();
	}

	/**
	 * The newest entry matching, waiting for it: an answer flushed early (a 401) may
	 * reach the client before its entry is written.
	 */
	private ProvisioningLogEntry awaitEntry(Predicate<ProvisioningLogEntry> matching) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			Optional<ProvisioningLogEntry> found = entries().stream().filter(matching).findFirst();
			if (found.isPresent() || System.nanoTime() > deadline) {
				return found.orElseThrow(() -> new AssertionError("No such entry in " + entries()));
			}
			sleep();
		}
	}

	/**
	 * Every stored column of the organisation's rows, as text.
	 */
	private String storedRows(UUID organisation) {
		return this.dsl.selectFrom(DSL.table("provisioning_log"))
			.where(DSL.field("organisation_id", UUID.class).eq(organisation))
			.fetch()
			.formatCSV();
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
