package energy.foundation.identity.directory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lifecycle of users, groups and memberships on a real database. Subclasses choose
 * the database.
 */
abstract class DirectoryIntegrationTests extends DirectoryTestSupport {

	private static final int THREADS = 20;

	private static final int MANY = 5000;

	// four bind values a row: more than the 32,767 PostgreSQL takes in one statement
	private static final int MANY_MEMBERS = 9000;

	// the reviewer's deadlock: rounds of four PATCHes, two groups adding and removing
	// each other
	private static final int CROSSING_ROUNDS = 40;

	private static final String PROBE_PATH = "probe";

	StoredResource otherUser;

	StoredResource otherGroup;

	@BeforeEach
	void writeOtherOrganisation() {
		this.otherUser = createUser(this.otherOrganisation, "alex@example.com");
		this.otherGroup = createGroup(this.otherOrganisation, "Admins", this.otherUser.id());
	}

	@AfterEach
	void otherOrganisationUntouchedAndInvisible() {
		StoredResource group = this.directory
			.find(this.otherOrganisation, ResourceType.GROUP, this.otherGroup.id(), true)
			.orElseThrow();
		assertThat(group.version()).isEqualTo(1);
		assertThat(referenceIds(group)).containsExactly(this.otherUser.id());
		// version 2: joining the group changed the user's groups
		assertThat(this.directory.find(this.otherOrganisation, ResourceType.USER, this.otherUser.id(), false))
			.hasValueSatisfying((user) -> assertThat(user.version()).isEqualTo(2));
		assertThat(this.directory.find(this.organisation, ResourceType.USER, this.otherUser.id(), false)).isEmpty();
		assertThat(this.directory.find(this.organisation, ResourceType.GROUP, this.otherGroup.id(), false)).isEmpty();
	}

	@Test
	void createWhenUserThenFindReturnsIt() {
		ObjectNode attributes = json("""
				{"userName": "alex@example.com", "displayName": "Alex", "emails": [{"value": "a@x.example"}]}""");

		StoredResource created = this.directory.create(this.organisation, ResourceType.USER, attributes, Set.of());

		StoredResource found = this.directory.find(this.organisation, ResourceType.USER, created.id(), true)
			.orElseThrow();
		assertThat(found).isEqualTo(created);
		assertThat(found.attributes()).isEqualTo(attributes);
		assertThat(found.version()).isEqualTo(1);
		assertThat(found.created()).isEqualTo(found.lastModified());
		assertThat(found.id()).isNotEqualTo(this.otherUser.id());
	}

	@Test
	void createWhenNumbersAndExtensionThenStoredExactly() {
		ObjectNode attributes = json(
				"""
						{"userName": "n@example.com", "urn:example:ext": {"score": 12.50, "big": 1e40, "nested": {"a": [1]}}}""");

		StoredResource created = this.directory.create(this.organisation, ResourceType.USER, attributes, Set.of());

		assertThat(this.directory.find(this.organisation, ResourceType.USER, created.id(), false)
			.orElseThrow()
			.attributes()).isEqualTo(attributes);
	}

	@Test
	void createWhenUserNameMissingThenInvalidResource() {
		ObjectNode attributes = json("{\"displayName\": \"Alex\"}");

		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> this.directory.create(this.organisation, ResourceType.USER, attributes, Set.of()))
			.withMessageContaining("userName");
	}

	@Test
	void createWhenUserNameBlankThenInvalidResource() {
		assertThatExceptionOfType(InvalidResourceException.class).isThrownBy(() -> createUser(this.organisation, " "));
	}

	@Test
	void createWhenUserNameTooLongThenInvalidResource() {
		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> createUser(this.organisation, "a".repeat(513)));
	}

	@Test
	void createWhenExternalIdTooLongThenInvalidResource() {
		ObjectNode attributes = user("x@example.com").put("externalId", "e".repeat(513));

		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> this.directory.create(this.organisation, ResourceType.USER, attributes, Set.of()));
	}

	@Test
	void createWhenGroupWithoutDisplayNameThenInvalidResource() {
		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> this.directory.create(this.organisation, ResourceType.GROUP, json("{}"), Set.of()))
			.withMessageContaining("displayName");
	}

	@Test
	void createWhenUserNameTakenIgnoringCaseThenUniqueness() {
		createUser(this.organisation, "alex@example.com");

		assertThatExceptionOfType(UniquenessException.class)
			.isThrownBy(() -> createUser(this.organisation, "ALEX@Example.com"))
			.satisfies((ex) -> assertThat(ex.attribute()).isEqualTo("userName"));
	}

	@Test
	void createWhenUserNameOfOtherOrganisationThenCreated() {
		StoredResource created = createUser(this.organisation, this.otherUser.attributes().get("userName").asString());

		assertThat(created.id()).isNotEqualTo(this.otherUser.id());
	}

	@Test
	void createWhenGroupDisplayNameTakenThenUniqueness() {
		createGroup(this.organisation, "Finance");

		assertThatExceptionOfType(UniquenessException.class).isThrownBy(() -> createGroup(this.organisation, "FINANCE"))
			.satisfies((ex) -> assertThat(ex.attribute()).isEqualTo("displayName"));
	}

	@Test
	void createWhenConcurrentSameUserNameThenOneWins() throws Exception {
		List<Callable<Object>> creates = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String userName = (i % 2 == 0) ? "race@example.com" : "RACE@example.com";
			creates.add(() -> createUser(this.organisation, userName));
		}

		List<Object> outcomes = runTogether(creates);

		assertThat(outcomes).filteredOn(StoredResource.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(UniquenessException.class::isInstance).hasSize(7);
	}

	@Test
	void findWhenOtherOrganisationThenEmpty() {
		assertThat(this.directory.find(this.organisation, ResourceType.USER, this.otherUser.id(), true)).isEmpty();
	}

	@Test
	void findWhenGroupWithReferencesThenMembersWithDisplay() {
		StoredResource named = this.directory.create(this.organisation, ResourceType.USER,
				user("alex@example.com").put("displayName", "Alex Ng"), Set.of());
		StoredResource unnamed = createUser(this.organisation, "kim@example.com");
		StoredResource nested = createGroup(this.organisation, "Nested");
		StoredResource group = createGroup(this.organisation, "Finance", named.id(), unnamed.id(), nested.id());

		StoredResource found = this.directory.find(this.organisation, ResourceType.GROUP, group.id(), true)
			.orElseThrow();

		assertThat(found.references()).containsExactlyInAnyOrder(
				new Reference(named.id(), ResourceType.USER, "Alex Ng"),
				new Reference(unnamed.id(), ResourceType.USER, "kim@example.com"),
				new Reference(nested.id(), ResourceType.GROUP, "Nested"));
	}

	@Test
	void findWhenWithoutReferencesThenNoneLoaded() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", user.id());

		assertThat(this.directory.find(this.organisation, ResourceType.GROUP, group.id(), false)
			.orElseThrow()
			.references()).isEmpty();
	}

	@Test
	void findWhenUserWithReferencesThenItsGroups() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource finance = createGroup(this.organisation, "Finance", user.id());
		createGroup(this.organisation, "Empty");

		StoredResource found = this.directory.find(this.organisation, ResourceType.USER, user.id(), true).orElseThrow();

		assertThat(found.references()).containsExactly(new Reference(finance.id(), ResourceType.GROUP, "Finance"));
	}

	@Test
	void modifyWhenAttributesChangedThenStoredWithNextVersion() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		ObjectNode changed = user("alex.ng@example.com").put("active", false).put("externalId", "e-1");

		StoredResource modified = this.directory.modify(this.organisation, ResourceType.USER, user.id(), 1L, true,
				(current) -> new Modification(changed, List.of()));

		assertThat(modified.version()).isEqualTo(2);
		assertThat(modified.lastModified()).isAfter(user.lastModified());
		assertThat(modified.created()).isEqualTo(user.created());
		assertThat(this.directory.find(this.organisation, ResourceType.USER, user.id(), false).orElseThrow())
			.isEqualTo(modified);
		assertThat(modified.attributes()).isEqualTo(changed);
	}

	@Test
	void modifyWhenChangeAppliedThenSeesCurrentWithoutReferences() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", user.id());
		List<StoredResource> seen = new ArrayList<>();

		this.directory.modify(this.organisation, ResourceType.GROUP, group.id(), null, true, (current) -> {
			seen.add(current);
			return new Modification(current.attributes(), List.of());
		});

		assertThat(seen).singleElement().satisfies((current) -> {
			assertThat(current.attributes()).isEqualTo(group.attributes());
			assertThat(current.version()).isEqualTo(1);
			assertThat(current.references()).isEmpty();
		});
	}

	@Test
	void modifyWhenVersionMismatchThenUnchanged() {
		StoredResource user = createUser(this.organisation, "alex@example.com");

		assertThatExceptionOfType(VersionMismatchException.class)
			.isThrownBy(() -> this.directory.modify(this.organisation, ResourceType.USER, user.id(), 7L, true,
					(current) -> new Modification(user("changed@example.com"), List.of())));

		assertThat(this.directory.find(this.organisation, ResourceType.USER, user.id(), false).orElseThrow())
			.isEqualTo(user);
	}

	@Test
	void modifyWhenOtherOrganisationThenNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.directory.modify(this.organisation, ResourceType.USER, this.otherUser.id(), null,
					true, (current) -> new Modification(user("stolen@example.com"), List.of())));
	}

	@Test
	void modifyWhenUserNameTakenThenUniquenessAndUnchanged() {
		createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");

		assertThatExceptionOfType(UniquenessException.class)
			.isThrownBy(() -> this.directory.modify(this.organisation, ResourceType.USER, kim.id(), null, true,
					(current) -> new Modification(user("Alex@example.com"), List.of())));

		assertThat(this.directory.find(this.organisation, ResourceType.USER, kim.id(), false).orElseThrow())
			.isEqualTo(kim);
	}

	@Test
	void modifyWhenOwnUserNameChangesCaseThenAllowed() {
		StoredResource user = createUser(this.organisation, "alex@example.com");

		StoredResource modified = this.directory.modify(this.organisation, ResourceType.USER, user.id(), null, true,
				(current) -> new Modification(user("ALEX@example.com"), List.of()));

		assertThat(modified.attributes().get("userName").asString()).isEqualTo("ALEX@example.com");
	}

	@Test
	void modifyWhenConcurrentAddsToOneGroupThenNoneLost() throws Exception {
		StoredResource group = createGroup(this.organisation, "Everyone");
		List<Callable<Object>> adds = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			UUID member = createUser(this.organisation, "user" + i + "@example.com").id();
			adds.add(() -> addMembers(this.organisation, group.id(), new MembershipChange.Add(Set.of(member))));
		}

		List<Object> outcomes = runTogether(adds);

		assertThat(outcomes).allMatch(StoredResource.class::isInstance);
		StoredResource found = this.directory.find(this.organisation, ResourceType.GROUP, group.id(), true)
			.orElseThrow();
		assertThat(found.references()).hasSize(THREADS);
		assertThat(found.version()).isEqualTo(1 + THREADS);
	}

	@Test
	void modifyWhenAddingExistingMemberThenMembersUnchanged() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", user.id());

		StoredResource modified = addMembers(this.organisation, group.id(),
				new MembershipChange.Add(Set.of(user.id())));

		assertThat(referenceIds(modified)).containsExactly(user.id());
	}

	@Test
	void modifyWhenRemovingNonMemberThenMembersUnchanged() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource outsider = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", user.id());

		StoredResource modified = addMembers(this.organisation, group.id(),
				new MembershipChange.Remove(Set.of(outsider.id(), UUID.randomUUID())));

		assertThat(referenceIds(modified)).containsExactly(user.id());
	}

	@Test
	void modifyWhenRemovingMemberThenRemoved() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id(), kim.id());

		StoredResource modified = addMembers(this.organisation, group.id(),
				new MembershipChange.Remove(Set.of(alex.id())));

		assertThat(referenceIds(modified)).containsExactly(kim.id());
	}

	@Test
	void modifyWhenRemovingAllThenNoMembers() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		StoredResource modified = addMembers(this.organisation, group.id(), new MembershipChange.RemoveAll());

		assertThat(modified.references()).isEmpty();
	}

	@Test
	void modifyWhenReplacingMembersThenExactlyThose() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource sam = createUser(this.organisation, "sam@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id(), kim.id());

		StoredResource modified = addMembers(this.organisation, group.id(),
				new MembershipChange.Replace(Set.of(kim.id(), sam.id())));

		assertThat(referenceIds(modified)).containsExactlyInAnyOrder(kim.id(), sam.id());
	}

	@Test
	void modifyWhenChangesGivenThenAppliedInOrder() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		StoredResource modified = addMembers(this.organisation, group.id(), new MembershipChange.RemoveAll(),
				new MembershipChange.Add(Set.of(kim.id())), new MembershipChange.Remove(Set.of(alex.id())));

		assertThat(referenceIds(modified)).containsExactly(kim.id());
	}

	@Test
	void modifyWhenMemberOfOtherOrganisationThenInvalidMemberAndNothingChanged() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		assertThatExceptionOfType(InvalidMemberException.class)
			.isThrownBy(() -> addMembers(this.organisation, group.id(), new MembershipChange.RemoveAll(),
					new MembershipChange.Add(Set.of(kim.id(), this.otherUser.id()))));

		StoredResource found = this.directory.find(this.organisation, ResourceType.GROUP, group.id(), true)
			.orElseThrow();
		assertThat(referenceIds(found)).containsExactly(alex.id());
		assertThat(found.version()).isEqualTo(1);
	}

	@Test
	void modifyWhenGroupAddsItselfThenInvalidMember() {
		StoredResource group = createGroup(this.organisation, "Finance");

		assertThatExceptionOfType(InvalidMemberException.class)
			.isThrownBy(() -> addMembers(this.organisation, group.id(), new MembershipChange.Add(Set.of(group.id()))));
	}

	@Test
	void createWhenMemberUnknownThenInvalidMemberAndNoGroup() {
		assertThatExceptionOfType(InvalidMemberException.class)
			.isThrownBy(() -> createGroup(this.organisation, "Finance", this.otherUser.id()));

		assertThat(createGroup(this.organisation, "Finance").references()).isEmpty();
	}

	@Test
	void replaceWhenMemberIdsNullThenMembersKept() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		StoredResource replaced = this.directory.replace(this.organisation, ResourceType.GROUP, group.id(), 1L,
				group("Finance & Control"), null, true);

		assertThat(replaced.attributes()).isEqualTo(group("Finance & Control"));
		assertThat(referenceIds(replaced)).containsExactly(alex.id());
		assertThat(replaced.version()).isEqualTo(2);
	}

	@Test
	void replaceWhenMemberIdsGivenThenMembersReplaced() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		StoredResource replaced = this.directory.replace(this.organisation, ResourceType.GROUP, group.id(), null,
				group("Finance"), Set.of(kim.id()), true);

		assertThat(referenceIds(replaced)).containsExactly(kim.id());
	}

	@Test
	void replaceWhenUserThenAttributesReplaced() {
		StoredResource user = this.directory.create(this.organisation, ResourceType.USER,
				user("alex@example.com").put("nickName", "Al"), Set.of());

		StoredResource replaced = this.directory.replace(this.organisation, ResourceType.USER, user.id(), null,
				user("alex@example.com"), null, true);

		assertThat(replaced.attributes().has("nickName")).isFalse();
	}

	@Test
	void deleteWhenUserThenGoneFromGroupsAndIndex() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id(), kim.id());

		// version 2: joining the group changed the user's groups
		this.directory.delete(this.organisation, ResourceType.USER, alex.id(), 2L);

		assertThat(this.directory.find(this.organisation, ResourceType.USER, alex.id(), false)).isEmpty();
		assertThat(referenceIds(
				this.directory.find(this.organisation, ResourceType.GROUP, group.id(), true).orElseThrow()))
			.containsExactly(kim.id());
		assertThat(indexRows(alex.id())).isZero();
		assertThat(indexRows(kim.id())).isPositive();
	}

	@Test
	void deleteWhenGroupThenGoneFromParentGroups() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource child = createGroup(this.organisation, "Child", alex.id());
		StoredResource parent = createGroup(this.organisation, "Parent", child.id(), alex.id());

		this.directory.delete(this.organisation, ResourceType.GROUP, child.id(), null);

		assertThat(referenceIds(
				this.directory.find(this.organisation, ResourceType.GROUP, parent.id(), true).orElseThrow()))
			.containsExactly(alex.id());
		assertThat(
				referenceIds(this.directory.find(this.organisation, ResourceType.USER, alex.id(), true).orElseThrow()))
			.containsExactly(parent.id());
	}

	@Test
	void deleteWhenVersionMismatchThenKept() {
		StoredResource user = createUser(this.organisation, "alex@example.com");

		assertThatExceptionOfType(VersionMismatchException.class)
			.isThrownBy(() -> this.directory.delete(this.organisation, ResourceType.USER, user.id(), 2L));

		assertThat(this.directory.find(this.organisation, ResourceType.USER, user.id(), false)).isPresent();
	}

	@Test
	void deleteWhenOtherOrganisationThenNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.directory.delete(this.organisation, ResourceType.USER, this.otherUser.id(), null));
	}

	@Test
	void deleteWhenManagerThenReportsKeepManagerValue() {
		StoredResource manager = createUser(this.organisation, "boss@example.com");
		ObjectNode report = json("""
				{"userName": "alex@example.com",
				 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "%s"}}}"""
			.formatted(manager.id()));
		StoredResource created = this.directory.create(this.organisation, ResourceType.USER, report, Set.of());

		this.directory.delete(this.organisation, ResourceType.USER, manager.id(), null);

		assertThat(this.directory.find(this.organisation, ResourceType.USER, created.id(), false)
			.orElseThrow()
			.attributes()).isEqualTo(report);
	}

	@Test
	void createWhenFiveThousandEmailsThenAllStoredAndIndexed() {
		ObjectNode attributes = user("many@example.com").set("emails", emails(MANY));

		StoredResource created = this.directory.create(this.organisation, ResourceType.USER, attributes, Set.of());

		assertThat(this.directory.find(this.organisation, ResourceType.USER, created.id(), false)
			.orElseThrow()
			.attributes()).isEqualTo(attributes);
		// userName, and a marker, value and type row per e-mail address
		assertThat(indexRows(created.id())).isEqualTo(1 + 3 * MANY);
		assertThat(usersWithEmail("mail" + MANY + "@example.com")).containsExactly(created.id());
	}

	@Test
	void modifyWhenChangeAddsFiveThousandEmailsThenAllStoredAndIndexed() {
		StoredResource user = createUser(this.organisation, "many@example.com");

		StoredResource modified = this.directory.modify(this.organisation, ResourceType.USER, user.id(), 1L, true,
				(current) -> new Modification(current.attributes().deepCopy().set("emails", emails(MANY)), List.of()));

		assertThat(modified.version()).isEqualTo(2);
		assertThat(modified.attributes().get("emails")).hasSize(MANY);
		assertThat(indexRows(user.id())).isEqualTo(1 + 3 * MANY);
		assertThat(usersWithEmail("MAIL1@example.com")).containsExactly(user.id());
	}

	@Test
	void createWhenNineThousandMembersThenAllStored() {
		List<UUID> users = insertUsers(this.organisation, MANY_MEMBERS);

		StoredResource group = createGroup(this.organisation, "Everyone", users.toArray(UUID[]::new));

		assertThat(referenceIds(group)).hasSize(MANY_MEMBERS).containsExactlyInAnyOrderElementsOf(users);
	}

	@Test
	void replaceWhenNineThousandMembersThenExactlyThose() {
		List<UUID> users = insertUsers(this.organisation, MANY_MEMBERS + 1);
		StoredResource group = createGroup(this.organisation, "Everyone", users.getFirst());
		Set<UUID> replacement = Set.copyOf(users.subList(1, users.size()));

		StoredResource replaced = this.directory.replace(this.organisation, ResourceType.GROUP, group.id(), 1L,
				group("Everyone"), replacement, true);

		assertThat(referenceIds(replaced)).hasSize(MANY_MEMBERS).containsExactlyInAnyOrderElementsOf(replacement);
	}

	@Test
	void modifyWhenRemovingNineThousandMembersThenNoneLeft() {
		List<UUID> users = insertUsers(this.organisation, MANY_MEMBERS);
		StoredResource group = createGroup(this.organisation, "Everyone", users.toArray(UUID[]::new));

		StoredResource changed = addMembers(this.organisation, group.id(),
				new MembershipChange.Remove(Set.copyOf(users)));

		assertThat(changed.references()).isEmpty();
	}

	@Test
	void createWhenUserNameLongerThanColumnInLowerCaseThenInvalidResource() {
		// "İ" lower-cases to "i" and a combining dot: 300 characters become 600
		assertThatExceptionOfType(InvalidResourceException.class)
			.isThrownBy(() -> createUser(this.organisation, "İ".repeat(300)))
			.withMessageContaining("userName");
	}

	@Test
	void modifyWhenGroupsAddAndRemoveEachOtherConcurrentlyThenAllApplied() throws Exception {
		StoredResource first = createGroup(this.organisation, "First");
		StoredResource second = createGroup(this.organisation, "Second");
		List<Object> outcomes = new ArrayList<>();

		for (int round = 0; round < CROSSING_ROUNDS; round++) {
			outcomes.addAll(runTogether(List.of(
					() -> addMembers(this.organisation, first.id(), new MembershipChange.Add(Set.of(second.id()))),
					() -> addMembers(this.organisation, first.id(), new MembershipChange.Remove(Set.of(second.id()))),
					() -> addMembers(this.organisation, second.id(), new MembershipChange.Add(Set.of(first.id()))),
					() -> addMembers(this.organisation, second.id(),
							new MembershipChange.Remove(Set.of(first.id()))))));
		}

		assertThat(outcomes).hasSize(4 * CROSSING_ROUNDS).allMatch(StoredResource.class::isInstance);
		assertThat(version(ResourceType.GROUP, first.id())).isEqualTo(1 + 2 * CROSSING_ROUNDS);
		assertThat(version(ResourceType.GROUP, second.id())).isEqualTo(1 + 2 * CROSSING_ROUNDS);
	}

	@Test
	void modifyWhenWithoutReferencesThenNoneLoaded() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		StoredResource modified = this.directory.modify(this.organisation, ResourceType.GROUP, group.id(), null, false,
				(current) -> new Modification(current.attributes(), List.of(new MembershipChange.RemoveAll())));

		assertThat(modified.references()).isEmpty();
		assertThat(modified.version()).isEqualTo(2);
		assertThat(
				this.directory.find(this.organisation, ResourceType.GROUP, group.id(), true).orElseThrow().references())
			.isEmpty();
	}

	@Test
	void modifyWhenMembersOnlyThenAttributeIndexKeptAndVersionAdvanced() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance");
		insertProbeIndexRow(group.id());

		StoredResource modified = addMembers(this.organisation, group.id(),
				new MembershipChange.Add(Set.of(alex.id())));

		// a rewritten index would have lost the probe row
		assertThat(probeIndexRows(group.id())).isOne();
		assertThat(modified.version()).isEqualTo(2);
		assertThat(modified.lastModified()).isAfter(group.lastModified());
		assertThat(modified.attributes()).isEqualTo(group.attributes());
	}

	@Test
	void modifyWhenAttributesChangedThenAttributeIndexRewritten() {
		StoredResource group = createGroup(this.organisation, "Finance");
		insertProbeIndexRow(group.id());

		this.directory.modify(this.organisation, ResourceType.GROUP, group.id(), null, false,
				(current) -> new Modification(group("Finance & Control"), List.of()));

		assertThat(probeIndexRows(group.id())).isZero();
	}

	@Test
	void modifyWhenUserAddedToGroupThenUserAtNextVersion() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance");

		addMembers(this.organisation, group.id(), new MembershipChange.Add(Set.of(alex.id())));

		StoredResource found = find(ResourceType.USER, alex.id());
		assertThat(found.version()).isEqualTo(2);
		assertThat(found.lastModified()).isAfter(alex.lastModified());
	}

	@Test
	void modifyWhenUserRemovedFromGroupThenUserAtNextVersion() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());
		long before = version(ResourceType.USER, alex.id());

		addMembers(this.organisation, group.id(), new MembershipChange.Remove(Set.of(alex.id())));

		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(before + 1);
	}

	@Test
	void modifyWhenAddingExistingMemberThenUserVersionUnchanged() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());
		long before = version(ResourceType.USER, alex.id());

		addMembers(this.organisation, group.id(), new MembershipChange.Add(Set.of(alex.id())));

		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(before);
	}

	@Test
	void createWhenGroupWithMembersThenUsersAtNextVersion() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");

		createGroup(this.organisation, "Finance", alex.id());

		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(2);
	}

	@Test
	void replaceWhenMembersReplacedThenOnlyUsersWhoseGroupsChangedAdvance() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource kim = createUser(this.organisation, "kim@example.com");
		StoredResource sam = createUser(this.organisation, "sam@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id(), kim.id());

		this.directory.replace(this.organisation, ResourceType.GROUP, group.id(), null, group("Finance"),
				Set.of(kim.id(), sam.id()), false);

		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(3);
		assertThat(version(ResourceType.USER, kim.id())).isEqualTo(2);
		assertThat(version(ResourceType.USER, sam.id())).isEqualTo(2);
	}

	@Test
	void modifyWhenGroupRenamedThenUserMembersAndParentGroupsAdvance() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());
		StoredResource parent = createGroup(this.organisation, "Parent", group.id());

		this.directory.modify(this.organisation, ResourceType.GROUP, group.id(), null, false,
				(current) -> new Modification(group("Finance & Control"), List.of()));

		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(3);
		assertThat(version(ResourceType.GROUP, parent.id())).isEqualTo(2);
	}

	@Test
	void modifyWhenUserDisplayNameChangedThenItsGroupsAdvance() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		this.directory.modify(this.organisation, ResourceType.USER, alex.id(), null, false,
				(current) -> new Modification(current.attributes().deepCopy().put("displayName", "Alex Ng"),
						List.of()));

		assertThat(version(ResourceType.GROUP, group.id())).isEqualTo(2);
	}

	@Test
	void modifyWhenUserAttributeOutsideDisplayChangedThenGroupsUnchanged() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());

		this.directory.modify(this.organisation, ResourceType.USER, alex.id(), null, false,
				(current) -> new Modification(current.attributes().deepCopy().put("nickName", "Al"), List.of()));

		assertThat(version(ResourceType.GROUP, group.id())).isEqualTo(1);
	}

	@Test
	void deleteWhenUserThenItsGroupsAtNextVersion() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Finance", alex.id());
		StoredResource unrelated = createGroup(this.organisation, "Unrelated");

		this.directory.delete(this.organisation, ResourceType.USER, alex.id(), null);

		StoredResource found = find(ResourceType.GROUP, group.id());
		assertThat(found.version()).isEqualTo(2);
		assertThat(found.lastModified()).isAfter(group.lastModified());
		assertThat(version(ResourceType.GROUP, unrelated.id())).isEqualTo(1);
	}

	@Test
	void deleteWhenGroupThenParentGroupsAndUserMembersAtNextVersion() {
		StoredResource alex = createUser(this.organisation, "alex@example.com");
		StoredResource child = createGroup(this.organisation, "Child", alex.id());
		StoredResource parent = createGroup(this.organisation, "Parent", child.id());

		this.directory.delete(this.organisation, ResourceType.GROUP, child.id(), null);

		assertThat(version(ResourceType.GROUP, parent.id())).isEqualTo(2);
		assertThat(version(ResourceType.USER, alex.id())).isEqualTo(3);
	}

	private List<UUID> usersWithEmail(String address) {
		ResourceQuery query = new ResourceQuery(ResourceType.USER, eq("emails.value", address), TestCatalog.INSTANCE,
				null, false, 1, 10, false);
		return ids(this.directory.query(this.organisation, query).resources());
	}

	private static ArrayNode emails(int count) {
		ArrayNode emails = JSON.createArrayNode();
		for (int i = 1; i <= count; i++) {
			emails.addObject().put("value", "mail" + i + "@example.com").put("type", (i == 1) ? "work" : "other");
		}
		return emails;
	}

	/**
	 * Inserts users straight into their table, many per statement: far faster than
	 * creating them one by one.
	 */
	private List<UUID> insertUsers(UUID organisationId, int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(UUID.randomUUID());
		}
		for (int start = 0; start < count; start += 500) {
			insertUsers(organisationId, ids.subList(start, Math.min(count, start + 500)));
		}
		return ids;
	}

	private void insertUsers(UUID organisationId, List<UUID> ids) {
		ResourceTable user = ResourceTable.USER;
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		var insert = this.dsl.insertInto(user.table(), user.organisationId(), user.id(), user.name(), user.nameKey(),
				user.active(), user.document(), user.version(), user.created(), user.lastModified());
		for (UUID id : ids) {
			insert = insert.values(organisationId, id, id.toString(), id.toString(), true, "{}", 1L, now, now);
		}
		insert.execute();
	}

	private StoredResource find(ResourceType type, UUID id) {
		return this.directory.find(this.organisation, type, id, false).orElseThrow();
	}

	private long version(ResourceType type, UUID id) {
		return find(type, id).version();
	}

	private void insertProbeIndexRow(UUID resourceId) {
		AttributeTable index = AttributeTable.RESOURCE_ATTRIBUTE;
		this.dsl
			.insertInto(index.table(), index.organisationId(), index.resourceId(), index.resourceType(), index.path(),
					index.element())
			.values(this.organisation, resourceId, ResourceType.GROUP.scimName(), PROBE_PATH, 0)
			.execute();
	}

	private int probeIndexRows(UUID resourceId) {
		AttributeTable index = AttributeTable.RESOURCE_ATTRIBUTE;
		return this.dsl.fetchCount(index.table(),
				index.organisationId()
					.eq(this.organisation)
					.and(index.resourceId().eq(resourceId))
					.and(index.path().eq(PROBE_PATH)));
	}

	private int indexRows(UUID resourceId) {
		return this.dsl.fetchCount(DSL.table(DSL.unquotedName("resource_attribute")),
				DSL.field(DSL.unquotedName("resource_id"), SQLDataType.UUID).eq(resourceId));
	}

	/**
	 * Runs the tasks on their own threads, released at once; each outcome is the result
	 * or the exception.
	 */
	private static List<Object> runTogether(List<Callable<Object>> tasks) throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<Object> task : tasks) {
			futures.add(executor.submit(() -> {
				start.await();
				try {
					return task.call();
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		executor.shutdown();
		assertThat(executor.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : futures) {
			outcomes.add(future.resultNow());
		}
		return outcomes;
	}

}
