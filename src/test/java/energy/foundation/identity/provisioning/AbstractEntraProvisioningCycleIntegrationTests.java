package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import energy.foundation.identity.provisioning.OktaSimulator.OktaGroup;
import energy.foundation.identity.provisioning.OktaSimulator.OktaUser;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays whole provisioning cycles as Entra ID sends them (CLIENTS.md §3, §6.1) into one
 * organisation, and an Okta cycle (§8) into a second one, then checks every user and
 * group. The steps run in order and build on each other, like the cycles of a real
 * provisioning job; each checks that no request got an answer the provider would reject
 * and that the service then holds exactly what the provider meant. Subclasses choose the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractEntraProvisioningCycleIntegrationTests extends LiveServiceTests {

	private static final long SEED = 20261203L;

	private final RequestStatistics statistics = new RequestStatistics();

	private SourceDirectory directory;

	private Tenant contoso;

	private Tenant northwind;

	private EntraSimulator entra;

	private OktaSimulator okta;

	private final List<String> purgedUserIds = new ArrayList<>();

	private final List<String> purgedUserNames = new ArrayList<>();

	private String oktaGroupId = "";

	@BeforeAll
	void onboardOrganisations() {
		this.contoso = onboardOrganisation("Contoso");
		this.northwind = onboardOrganisation("Northwind");
		this.directory = SourceDirectory.contoso(170, 30, 20, SEED);
		this.entra = new EntraSimulator(this.directory,
				ProviderConnection.entra(this.contoso.scimBaseUrl(), this.contoso.secret(), this.statistics), 4);
		this.okta = new OktaSimulator(
				ProviderConnection.okta(this.northwind.scimBaseUrl(), this.northwind.secret(), this.statistics));
	}

	@AfterAll
	void reportRequests() {
		System.out.println("Provisioning cycle requests by kind and status: " + this.statistics.countsByStatus());
		System.out.print(this.statistics.report());
		this.entra.close();
		this.okta.connection().close();
	}

	@Test
	@Order(1)
	void testConnectionWhenOrganisationIsEmptyThenBothProbesAnswerEmptyLists() {
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.testConnection();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "probe users 200") + sentSince(before, "probe groups 200")).isEqualTo(2);
	}

	@Test
	@Order(2)
	void initialCycleWhenEverythingIsNewThenEachUserAndGroupIsCreatedOnce() {
		Map<String, Long> before = this.statistics.countsByStatus();
		long managed = this.directory.users.values().stream().filter((user) -> user.managerObjectId != null).count();

		this.entra.initialCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "lookup user 200")).isEqualTo(200);
		assertThat(sentSince(before, "create user 201")).isEqualTo(200);
		assertThat(sentSince(before, "lookup group 200")).isEqualTo(20);
		assertThat(sentSince(before, "create group 201")).isEqualTo(20);
		assertThat(sentSince(before, "patch manager 200") + sentSince(before, "patch manager 204")).isEqualTo(managed);
		assertThat(this.entra.membershipsMatchSource()).isTrue();
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(3)
	void incrementalCycleWhenProfilesManagersAndMembershipsChangeThenServiceFollows() {
		List<SourceUser> members = this.directory.members();
		renameAfterMarriage(members.subList(20, 28));
		members.subList(30, 38).forEach((user) -> this.directory.touch(user).displayName += " (Leeds)");
		members.subList(40, 48).forEach(this::changeGivenName);
		members.subList(50, 55).forEach((user) -> this.directory.touch(user).jobTitle = "Senior Analyst");
		giveMailboxes(members);
		giveGuestsNames();
		changeManagers(members);
		churnMemberships(0, 8, 2, 3);
		renameGroup(8, " (2027)");
		renameGroup(9, " – archive");
		members.subList(100, 110).forEach((user) -> this.directory.touch(user).accountEnabled = false);
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.incrementalCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "create user 201") + sentSince(before, "create group 201")).isZero();
		assertThat(sentSince(before, "remove members 200") + sentSince(before, "remove members 204")).isPositive();
		assertThat(
				sentSince(before, "remove members by filter 200") + sentSince(before, "remove members by filter 204"))
			.isPositive();
		assertThat(this.entra.membershipsMatchSource()).isTrue();
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(4)
	void incrementalCycleWhenUsersAreEnabledAgainThenTheyAreActiveWithTheSameId() {
		List<SourceUser> members = this.directory.members();
		members.subList(100, 105).forEach((user) -> this.directory.touch(user).accountEnabled = true);
		churnMemberships(8, 16, 3, 1);
		leaveAllGroups(members.get(160));
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.incrementalCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "create user 201")).isZero();
		members.subList(100, 105).forEach((user) -> assertThat(lookUp(user).path("active").asBoolean()).isTrue());
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(5)
	void incrementalCycleWhenTenantSetsComplianceFlagThenFlaggedShapesAreApplied() {
		List<SourceUser> members = this.directory.members();
		members.subList(60, 70).forEach((user) -> {
			this.directory.touch(user).department = "Sourcing";
			user.employeeId = "E-" + user.employeeId;
			user.displayName += " (Sourcing)";
		});
		members.subList(70, 73).forEach(this::changeGivenName);
		members.stream()
			.skip(75)
			.filter((user) -> user.mail != null)
			.limit(3)
			.forEach((user) -> this.directory.touch(user).mail = user.externalId + "@contoso.co.uk");
		members.subList(110, 112).forEach((user) -> this.directory.touch(user).accountEnabled = false);
		this.directory.touch(members.get(108)).accountEnabled = true;
		churnMemberships(0, 6, 1, 1);
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.complianceFlag(true);
		this.entra.incrementalCycle();
		this.entra.complianceFlag(false);

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "remove members 200") + sentSince(before, "remove members 204")).isZero();
		assertThat(
				sentSince(before, "remove members by filter 200") + sentSince(before, "remove members by filter 204"))
			.isPositive();
		assertThat(lookUp(members.get(110)).path("active").asBoolean()).isFalse();
		assertThat(lookUp(members.get(108)).path("active").asBoolean()).isTrue();
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(6)
	void unassignmentWhenUsersLeaveTheApplicationThenTheyAreDisabledAndStillFound() {
		List<SourceUser> members = this.directory.members();
		List<SourceUser> leaving = new ArrayList<>(members.subList(105, 108));
		leaving.addAll(members.subList(150, 161));
		leaving.forEach((user) -> this.directory.touch(user).assigned = false);
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.incrementalCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		assertThat(sentSince(before, "disable user 200") + sentSince(before, "disable user 204"))
			.isEqualTo(leaving.size());
		leaving.forEach((user) -> assertThat(lookUp(user).path("active").isBoolean()).isTrue());
		leaving.forEach((user) -> assertThat(lookUp(user).path("active").asBoolean()).isFalse());
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(7)
	void deletionWhenUsersAndAGroupArePurgedThenTheyAreGoneForGood() {
		List<SourceUser> purged = new ArrayList<>(this.directory.members().subList(150, 156));
		purged.add(this.directory.members().get(160));
		purged.addAll(this.directory.guests().subList(0, 3));
		purged.forEach((user) -> this.purgedUserIds.add(this.entra.userId(user.objectId)));
		purged.forEach((user) -> this.purgedUserNames.add(user.userName));
		purged.forEach(this.directory::purge);
		SourceGroup doomed = List.copyOf(this.directory.groups.values()).get(17);
		String doomedId = this.entra.groupId(doomed.objectId);
		this.directory.touch(doomed).deleted = true;

		this.entra.incrementalCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		HttpCaller scim = this.contoso.scim();
		for (int i = 0; i < this.purgedUserIds.size(); i++) {
			assertThat(scim.get("/Users/" + this.purgedUserIds.get(i)).status()).isEqualTo(404);
			assertThat(scim.delete("/Users/" + this.purgedUserIds.get(i)).status()).isEqualTo(404);
			assertThat(totalResults(scim,
					"/Users?filter="
							+ EntraSimulator.formEncoded("userName eq \"" + this.purgedUserNames.get(i) + "\"")))
				.isZero();
		}
		assertThat(scim.get("/Groups/" + doomedId).status()).isEqualTo(404);
		assertThat(scim.delete("/Groups/" + doomedId).status()).isEqualTo(404);
		assertThat(totalResults(scim,
				"/Groups?filter=" + EntraSimulator.formEncoded("displayName eq \"" + doomed.displayName + "\"")))
			.isZero();
		assertEntraDirectoryMatches();
	}

	@Test
	@Order(8)
	void oktaCycleWhenSecondOrganisationUsesPutThenItsDirectoryMatches() {
		this.okta.testCredentials();
		List<OktaUser> users = assignOktaUsers();
		OktaGroup finance = this.okta.push("Finance Approvers", users.subList(0, 30));
		this.oktaGroupId = finance.id;
		OktaGroup admins = this.okta.push("Okta Admins", users.subList(25, 32));
		OktaGroup everyone = this.okta.push("Everyone at Northwind", users.subList(40, 120));
		users.subList(0, 12)
			.forEach((user) -> this.okta.updateProfile(user, user.lastName + "-Berg", "Dr " + user.firstName));
		users.subList(60, 66).forEach((user) -> this.okta.setActive(user, false));
		users.subList(60, 62).forEach((user) -> this.okta.setActive(user, true));
		this.okta.rename(finance, "Finance Approvers (Okta)");
		this.okta.rename(admins, "Okta Administrators");
		this.okta.removeMember(admins, users.get(26));
		this.okta.addMembers(everyone, users.subList(0, 3));

		List<String> imported = this.okta.importUsers();

		assertThat(this.okta.connection().takeProblems()).isEmpty();
		assertThat(imported).containsExactlyInAnyOrderElementsOf(users.stream().map((user) -> user.id).toList());
		DirectoryAssertions.assertDirectoryMatches(this.northwind.scim(), this.okta.expectedUsers(),
				this.okta.expectedGroups());
	}

	@Test
	@Order(9)
	void restartWhenNothingChangedThenEntraFindsEverythingAndSendsNoUpdate() {
		Map<String, Long> before = this.statistics.countsByStatus();

		this.entra.initialCycle();

		assertThat(this.entra.connection().takeProblems()).isEmpty();
		List<String> updates = List.of("create user", "patch user", "patch manager", "create group", "patch group",
				"add members", "remove members");
		Map<String, Long> after = this.statistics.countsByStatus();
		after.keySet().removeIf((key) -> updates.stream().noneMatch(key::startsWith));
		after.replaceAll((key, value) -> value - before.getOrDefault(key, 0L));
		after.values().removeIf((value) -> value == 0);
		assertThat(after).as("updates sent after a restart with nothing changed").isEmpty();
	}

	@Test
	@Order(10)
	void finalStateWhenAllCyclesRanThenEveryUserAndGroupOfBothOrganisationsMatches() {
		assertEntraDirectoryMatches();

		DirectoryAssertions.assertDirectoryMatches(this.northwind.scim(), this.okta.expectedUsers(),
				this.okta.expectedGroups());
	}

	@Test
	@Order(11)
	void isolationWhenSecondOrganisationAsksForFirstOnesObjectsThenItSeesNothing() {
		HttpCaller other = this.northwind.scim();
		List<ExpectedUser> contosoUsers = this.entra.expectedUsers();
		ExpectedGroup contosoGroup = this.entra.expectedGroups().get(0);

		contosoUsers.forEach((user) -> assertThat(other.get("/Users/" + user.id()).status()).isEqualTo(404));
		assertThat(other.get("/Groups/" + contosoGroup.id()).status()).isEqualTo(404);
		assertThat(other.delete("/Users/" + contosoUsers.get(0).id()).status()).isEqualTo(404);
		assertThat(other
			.patch("/Groups/" + contosoGroup.id(), "{\"schemas\":[\"" + ScimNodes.PATCH_OP
					+ "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Taken over\"}]}")
			.status()).isEqualTo(404);
		String guestName = this.directory.guests().get(5).userName;
		assertThat(
				totalResults(other, "/Users?filter=" + EntraSimulator.formEncoded("userName eq \"" + guestName + "\"")))
			.isZero();
		HttpResult foreignMember = other.patch("/Groups/" + this.oktaGroupId,
				"{\"schemas\":[\"" + ScimNodes.PATCH_OP
						+ "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
						+ contosoUsers.get(1).id() + "\"}]}]}");
		assertThat(foreignMember.status()).as(foreignMember.body()).isLessThan(500);
		assertThat(other.get("/Groups/" + this.oktaGroupId).body()).doesNotContain(contosoUsers.get(1).id());
		assertEntraDirectoryMatches();
	}

	private List<OktaUser> assignOktaUsers() {
		List<OktaUser> users = new ArrayList<>();
		List<SourceUser> contosoMembers = this.directory.members();
		for (int i = 0; i < 120; i++) {
			SourceUser twin = contosoMembers.get(i);
			String login = (i < 40) ? twin.userName : "user" + i + "@northwind.example";
			String first = (twin.givenName != null) ? twin.givenName : "Kim";
			String last = (twin.surname != null) ? twin.surname : "Doe";
			users.add(this.okta.assign(login, first, last, "00u" + Long.toString(SEED * 31 + i, 36)));
		}
		return users;
	}

	private void renameAfterMarriage(List<SourceUser> users) {
		for (SourceUser user : users) {
			this.directory.touch(user);
			String surname = ((user.surname != null) ? user.surname : "Doe") + "-Moreau";
			String alias = user.externalId + ".moreau";
			user.surname = surname;
			user.userName = alias + "@contoso.com";
			user.externalId = alias;
			user.displayName = ((user.givenName != null) ? user.givenName + " " : "") + surname;
			if (user.mail != null) {
				user.mail = user.userName;
			}
		}
	}

	private void changeGivenName(SourceUser user) {
		this.directory.touch(user).givenName = "Alex";
		user.displayName = "Alex " + ((user.surname != null) ? user.surname : "");
	}

	private void giveMailboxes(List<SourceUser> members) {
		members.stream()
			.filter((user) -> user.mail == null)
			.limit(3)
			.forEach((user) -> this.directory.touch(user).mail = user.userName);
	}

	private void giveGuestsNames() {
		this.directory.guests().stream().filter((user) -> user.givenName == null).limit(2).forEach((user) -> {
			this.directory.touch(user).givenName = "Guest";
			user.surname = "Visitor";
		});
	}

	private void changeManagers(List<SourceUser> members) {
		List<SourceUser> managed = members.stream().filter((user) -> user.managerObjectId != null).toList();
		managed.subList(20, 28).forEach((user) -> this.directory.touch(user).managerObjectId = members.get(1).objectId);
		managed.subList(30, 35).forEach((user) -> this.directory.touch(user).managerObjectId = null);
		members.stream()
			.skip(120)
			.filter((user) -> user.managerObjectId == null)
			.limit(5)
			.forEach((user) -> this.directory.touch(user).managerObjectId = members.get(2).objectId);
	}

	/**
	 * Removes {@code removals} members from each of a range of groups and adds
	 * {@code additions} users that are not members yet.
	 */
	private void churnMemberships(int from, int to, int removals, int additions) {
		List<SourceGroup> groups = List.copyOf(this.directory.groups.values());
		List<SourceUser> everyone = List.copyOf(this.directory.users.values());
		for (SourceGroup group : groups.subList(from, to)) {
			this.directory.touch(group);
			List<String> current = List.copyOf(group.members);
			current.stream().limit(removals).forEach(group.members::remove);
			everyone.stream()
				.filter((user) -> !user.deleted && !group.members.contains(user.objectId))
				.skip(this.directory.random().nextInt(50))
				.limit(additions)
				.forEach((user) -> group.members.add(user.objectId));
		}
	}

	private void renameGroup(int index, String suffix) {
		SourceGroup group = List.copyOf(this.directory.groups.values()).get(index);
		this.directory.touch(group).displayName += suffix;
	}

	private void leaveAllGroups(SourceUser user) {
		for (SourceGroup group : this.directory.groups.values()) {
			if (group.members.remove(user.objectId)) {
				this.directory.touch(group);
			}
		}
	}

	private JsonNode lookUp(SourceUser user) {
		HttpResult result = this.contoso.scim()
			.get("/Users?filter=" + EntraSimulator.formEncoded("userName eq \"" + user.userName + "\""));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.json().path("Resources").size()).as("users named %s", user.userName).isEqualTo(1);
		return result.json().path("Resources").get(0);
	}

	private static int totalResults(HttpCaller scim, String path) {
		HttpResult result = scim.get(path);
		assertThat(result.status()).as(result.body()).isEqualTo(200);
		return result.json().path("totalResults").asInt(-1);
	}

	private void assertEntraDirectoryMatches() {
		DirectoryAssertions.assertDirectoryMatches(this.contoso.scim(), this.entra.expectedUsers(),
				this.entra.expectedGroups());
	}

	private long sentSince(Map<String, Long> before, String kindAndStatus) {
		return this.statistics.countsByStatus().getOrDefault(kindAndStatus, 0L)
				- before.getOrDefault(kindAndStatus, 0L);
	}

}
