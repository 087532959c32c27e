package energy.foundation.identity.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.UnknownInstanceException;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Roles, assignments and effective roles on a real database: the default roles of an
 * instance, role changes, assignments to users and to nested groups, how directory
 * changes move effective roles and their events, the admin views and previews. Every test
 * also holds a second organisation that must see nothing of the first. Subclasses choose
 * the database.
 */
abstract class AccessIntegrationTests extends AccessTestSupport {

	@Test
	void createInstanceWhenNewThenHasDefaultRolesOfItsOwn() {
		List<Role> defaults = this.roles.list(this.organisation, this.instance.id(), false);

		assertThat(defaults).extracting(Role::name).containsExactly("Administrator", "Contributor", "Reader");
		assertThat(defaults).allSatisfy((role) -> {
			assertThat(role.description()).isNotBlank();
			assertThat(role.instanceId()).isEqualTo(this.instance.id());
		});
		assertThat(this.roles.list(this.other, this.instance.id(), true)).isEmpty();
		assertThat(this.roles.find(this.other, defaults.get(0).id())).isEmpty();
	}

	@Test
	void createWhenNameTakenIgnoringCaseThenDuplicateUntilRetired() {
		Role reader = role(this.instance, "Reader");

		assertThatExceptionOfType(DuplicateRoleNameException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), " READER ", ""));
		this.roles.retire(this.organisation, reader.id());
		Role again = this.roles.create(this.organisation, this.instance.id(), "reader", "Reads");

		assertThat(again.name()).isEqualTo("reader");
		assertThat(this.roles.create(this.other, this.otherInstance.id(), "Auditor", "").name()).isEqualTo("Auditor");
		assertThat(this.roles.create(this.organisation, this.instance.id(), "Auditor", "").name()).isEqualTo("Auditor");
	}

	@Test
	void createWhenNameMalformedThenInvalidWithReason() {
		assertThatExceptionOfType(InvalidRoleException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), "  ", ""))
			.withMessageContaining("blank");
		assertThatExceptionOfType(InvalidRoleException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), "x".repeat(101), ""))
			.withMessageContaining("100");
		assertThatExceptionOfType(InvalidRoleException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), "Tab\tbed", ""));
		assertThatExceptionOfType(InvalidRoleException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), "Ok", "d".repeat(501)));
	}

	@Test
	void createWhenInstanceOfOtherOrganisationThenUnknownInstance() {
		assertThatExceptionOfType(UnknownInstanceException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.otherInstance.id(), "Auditor", ""));
	}

	@Test
	void updateWhenActiveThenRenamedAndHoldersKeepIt() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), "Avery Admin");

		Role renamed = this.roles.update(this.organisation, reader.id(), "Viewer", "Sees everything");

		assertThat(renamed.name()).isEqualTo("Viewer");
		assertThat(renamed.description()).isEqualTo("Sees everything");
		assertThat(roleNames(this.instance, avery.id())).containsExactly("Viewer");
		assertThat(roleEvents(this.organisation)).hasSize(1);
	}

	@Test
	void updateWhenRetiredOrForeignThenRefused() {
		Role reader = role(this.instance, "Reader");
		this.roles.retire(this.organisation, reader.id());

		assertThatExceptionOfType(AccessChangeRefusedException.class)
			.isThrownBy(() -> this.roles.update(this.organisation, reader.id(), "Viewer", ""));
		assertThatExceptionOfType(UnknownRoleException.class)
			.isThrownBy(() -> this.roles.update(this.other, reader.id(), "Viewer", ""));
	}

	@Test
	void updateWhenInstanceRetiredThenRefusedAsCreateIs() {
		Role reader = role(this.instance, "Reader");
		this.instances.retire(this.organisation, this.instance.id());

		assertThatExceptionOfType(AccessChangeRefusedException.class)
			.isThrownBy(() -> this.roles.update(this.organisation, reader.id(), "Viewer", ""))
			.withMessage("The instance is retired: its roles can no longer change");
		assertThatExceptionOfType(AccessChangeRefusedException.class)
			.isThrownBy(() -> this.roles.create(this.organisation, this.instance.id(), "Viewer", ""))
			.withMessage("The instance is retired: its roles can no longer change");
		assertThat(this.roles.find(this.organisation, reader.id()).orElseThrow().name()).isEqualTo("Reader");
	}

	@Test
	void assignWhenCreatedByLongThenKeptTo256Characters() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		String name = "Avery " + "A".repeat(250);

		this.assignments.assign(this.organisation, role(this.instance, "Reader").id(), Subject.user(avery.id()),
				name + " (Contoso)");

		assertThat(this.assignments.list(this.organisation, this.instance.id())).singleElement()
			.satisfies((assignment) -> assertThat(assignment.createdBy()).isEqualTo(name));
	}

	@Test
	void assignWhenUserThenEffectiveDirectlyWithGrantedEvent() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");

		AssignmentResult result = this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()),
				"Avery Admin");

		assertThat(result).isEqualTo(new AssignmentResult(true, new RoleChanges(1, 0)));
		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), avery.id()))
			.containsExactly(new EffectiveRole(reader.id(), "Reader", List.of(RoleSource.DIRECT)));
		assertThat(storedRoles(this.instance, avery.id())).containsExactly(reader.id());
		assertThat(roleEvents(this.organisation)).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("role.granted");
			assertThat(event.userId()).isEqualTo(avery.id());
			assertThat(event.instanceId()).isEqualTo(this.instance.id());
			assertThat(event.data().path("user").path("id").asString()).isEqualTo(avery.id().toString());
			assertThat(event.data().path("instance").path("id").asString()).isEqualTo(this.instance.id().toString());
			assertThat(event.data().path("role").path("id").asString()).isEqualTo(reader.id().toString());
			assertThat(event.roleName()).isEqualTo("Reader");
		});
		assertThat(this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null).changed())
			.isFalse();
		assertThat(roleEvents(this.other)).isEmpty();
	}

	@Test
	void assignWhenNestedGroupThenEveryUserBelowHoldsItViaThatGroup() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource blake = user(this.organisation, "blake@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		StoredResource department = group(this.organisation, "Department", team.id(), blake.id());
		Role contributor = role(this.instance, "Contributor");

		AssignmentResult result = this.assignments.assign(this.organisation, contributor.id(),
				Subject.group(department.id()), "Avery Admin");

		assertThat(result.changes()).isEqualTo(new RoleChanges(2, 0));
		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), avery.id()))
			.containsExactly(new EffectiveRole(contributor.id(), "Contributor",
					List.of(new RoleSource(department.id(), "Department"))));
		assertThat(roleNames(this.instance, blake.id())).containsExactly("Contributor");
		assertThat(roleEvents(this.organisation)).extracting(RecordedEvent::type)
			.containsExactly("role.granted", "role.granted");
	}

	@Test
	void assignWhenGroupsFormCycleThenTerminatesAndGrants() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource first = group(this.organisation, "First", avery.id());
		StoredResource second = group(this.organisation, "Second", first.id());
		addMembers(this.organisation, first.id(), second.id());
		Role reader = role(this.instance, "Reader");

		this.assignments.assign(this.organisation, reader.id(), Subject.group(second.id()), null);

		assertThat(roleNames(this.instance, avery.id())).containsExactly("Reader");
		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), avery.id()).get(0).sources())
			.containsExactly(new RoleSource(second.id(), "Second"));
	}

	@Test
	void assignWhenBothDirectAndViaGroupThenOneRoleWithBothSources() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);

		this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null);

		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), avery.id())).singleElement()
			.satisfies((role) -> assertThat(role.sources()).containsExactly(RoleSource.DIRECT,
					new RoleSource(team.id(), "Team")));
		assertThat(roleEvents(this.organisation)).hasSize(1);
	}

	@Test
	void assignWhenSubjectOfOtherOrganisationThenUnknownSubject() {
		StoredResource foreign = user(this.other, "sam@fabrikam.com");
		StoredResource foreignGroup = group(this.other, "Fabrikam team");
		Role reader = role(this.instance, "Reader");

		assertThatExceptionOfType(UnknownSubjectException.class).isThrownBy(
				() -> this.assignments.assign(this.organisation, reader.id(), Subject.user(foreign.id()), null));
		assertThatExceptionOfType(UnknownSubjectException.class).isThrownBy(
				() -> this.assignments.assign(this.organisation, reader.id(), Subject.group(foreignGroup.id()), null));
		assertThatExceptionOfType(UnknownRoleException.class)
			.isThrownBy(() -> this.assignments.assign(this.other, reader.id(), Subject.user(foreign.id()), null));
		assertThat(roleEvents(this.other)).isEmpty();
	}

	@Test
	void assignWhenRoleRetiredThenRefused() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		this.roles.retire(this.organisation, reader.id());

		assertThatExceptionOfType(AccessChangeRefusedException.class)
			.isThrownBy(() -> this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null));
	}

	@Test
	void unassignWhenGroupThenMembersLoseItWithRevokedEvents() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);

		AssignmentResult result = this.assignments.unassign(this.organisation, reader.id(), Subject.group(team.id()));

		assertThat(result).isEqualTo(new AssignmentResult(true, new RoleChanges(0, 1)));
		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(roleEvents(this.organisation)).extracting(RecordedEvent::type)
			.containsExactly("role.granted", "role.revoked");
		assertThat(this.assignments.unassign(this.organisation, reader.id(), Subject.group(team.id())).changed())
			.isFalse();
	}

	@Test
	void disableWhenUserHoldsRoleThenRevokedAfterUserDisabledAndRestoredOnEnable() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);

		setActive(this.organisation, avery.id(), false);

		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(tail(events(this.organisation), 2)).extracting(RecordedEvent::type)
			.containsExactly("user.disabled", "role.revoked");

		setActive(this.organisation, avery.id(), true);

		assertThat(roleNames(this.instance, avery.id())).containsExactly("Reader");
		assertThat(storedRoles(this.instance, avery.id())).containsExactly(reader.id());
		assertThat(tail(events(this.organisation), 2)).extracting(RecordedEvent::type)
			.containsExactly("user.enabled", "role.granted");
	}

	@Test
	void deleteWhenGroupHeldRoleThenMembersLoseItAndAssignmentGoes() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		StoredResource department = group(this.organisation, "Department", team.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(department.id()), null);

		delete(this.organisation, ResourceType.GROUP, department.id());

		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(this.assignments.list(this.organisation, this.instance.id())).isEmpty();
		assertThat(tail(events(this.organisation), 2)).extracting(RecordedEvent::type)
			.containsExactly("group.deleted", "role.revoked");
	}

	@Test
	void deleteWhenUserJoinedNestedGroupMeanwhileThenRevokedToo() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource inner = group(this.organisation, "Inner");
		StoredResource team = group(this.organisation, "Team", inner.id());
		StoredResource department = group(this.organisation, "Department", team.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(department.id()), null);
		// Avery joins Inner, and so gains the role through Team, after the
		// deletion of Team read its members and before it takes the lock
		this.interleaving.whenDeleted(team.id(), () -> addMembers(this.organisation, inner.id(), avery.id()));

		delete(this.organisation, ResourceType.GROUP, team.id());

		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(roleEvents(this.organisation)).extracting(RecordedEvent::type)
			.containsExactly("role.granted", "role.revoked");
	}

	@Test
	void deleteWhenUserHeldRoleThenRevokedAndDirectAssignmentGoes() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null);

		delete(this.organisation, ResourceType.USER, avery.id());

		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(this.assignments.list(this.organisation, this.instance.id())).isEmpty();
		assertThat(tail(events(this.organisation), 2)).extracting(RecordedEvent::type)
			.containsExactly("user.deleted", "role.revoked");
	}

	@Test
	void renameWhenGroupHoldsRoleThenNothingChangesButTheSourceName() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);

		renameGroup(this.organisation, team.id(), "Team (renamed in Entra)");

		assertThat(roleEvents(this.organisation)).hasSize(1);
		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), avery.id()).get(0).sources())
			.containsExactly(new RoleSource(team.id(), "Team (renamed in Entra)"));
	}

	@Test
	void removeMembersWhenNestedGroupLeavesThenUsersBelowLoseIt() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource blake = user(this.organisation, "blake@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		StoredResource department = group(this.organisation, "Department", team.id(), blake.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(department.id()), null);

		removeMembers(this.organisation, department.id(), team.id());

		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(roleNames(this.instance, blake.id())).containsExactly("Reader");
		assertThat(tail(roleEvents(this.organisation), 1)).singleElement()
			.satisfies((event) -> assertThat(event.userId()).isEqualTo(avery.id()));

		addMembers(this.organisation, department.id(), team.id());

		assertThat(storedRoles(this.instance, avery.id())).containsExactly(reader.id());
	}

	@Test
	void retireWhenRoleHeldThenHoldersLoseIt() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null);

		Roles.RoleRetirement retirement = this.roles.retire(this.organisation, reader.id());

		assertThat(retirement.role().retired()).isTrue();
		assertThat(retirement.changes()).isEqualTo(new RoleChanges(0, 1));
		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(tail(roleEvents(this.organisation), 1)).extracting(RecordedEvent::type)
			.containsExactly("role.revoked");
	}

	@Test
	void retireInstanceWhenRolesHeldThenRevoked() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null);

		this.instances.retire(this.organisation, this.instance.id());

		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(roleNames(this.instance, avery.id())).isEmpty();
		assertThat(tail(roleEvents(this.organisation), 1)).extracting(RecordedEvent::type)
			.containsExactly("role.revoked");
	}

	@Test
	void retireInstanceWhileAssignmentHoldsLockThenBothCommit() throws Exception {
		assumeTrue(this.dsl.dialect().family() == SQLDialect.POSTGRES,
				"H2 locks no referenced row when a row referencing it is inserted");
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Role reader = role(this.instance, "Reader");
		AtomicReference<Future<Instance>> retiring = new AtomicReference<>();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			this.dsl.transaction((transaction) -> {
				// an assignment that holds the lock and has yet to insert its row
				AccessLock.lock(transaction.dsl(), this.organisation);
				int holder = transaction.dsl().fetchSingle("select pg_backend_pid()").get(0, Integer.class);
				retiring.set(executor.submit(() -> this.instances.retire(this.organisation, this.instance.id())));
				waitUntilBlockedBy(holder, retiring.get());

				this.assignments.assign(this.organisation, reader.id(), Subject.user(avery.id()), null);
			});

			assertThat(retiring.get().get().retired()).isTrue();
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
		assertThat(roleEvents(this.organisation)).extracting(RecordedEvent::type)
			.containsExactly("role.granted", "role.revoked");
	}

	/**
	 * Waits until another backend waits for a lock the given backend holds, or the work
	 * ends.
	 */
	private void waitUntilBlockedBy(int holder, Future<?> work) throws InterruptedException {
		while (!work.isDone() && this.dsl
			.fetchSingle("select count(*) from pg_locks where not granted and ? = any(pg_blocking_pids(pid))", holder)
			.get(0, Integer.class) == 0) {
			Thread.sleep(10);
		}
	}

	@Test
	void previewWhenGroupAssignedThenCountsGainersWithoutSaving() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource blake = user(this.organisation, "blake@contoso.com");
		StoredResource casey = user(this.organisation, "casey@contoso.com");
		setActive(this.organisation, casey.id(), false);
		StoredResource team = group(this.organisation, "Team", avery.id(), blake.id(), casey.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.user(blake.id()), null);

		AssignmentPreview preview = this.assignments.preview(this.organisation, reader.id(), Subject.group(team.id()),
				true);

		assertThat(preview.users()).isEqualTo(2);
		assertThat(preview.gaining()).isEqualTo(1);
		assertThat(preview.losing()).isZero();
		assertThat(preview.alreadyDone()).isFalse();
		assertThat(preview.examples()).containsExactly("avery@contoso.com");
		assertThat(this.assignments.list(this.organisation, this.instance.id())).hasSize(1);
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
	}

	@Test
	void previewWhenGroupUnassignedThenCountsOnlyThoseWithoutOtherSource() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource blake = user(this.organisation, "blake@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id(), blake.id());
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);
		this.assignments.assign(this.organisation, reader.id(), Subject.user(blake.id()), null);

		AssignmentPreview preview = this.assignments.preview(this.organisation, reader.id(), Subject.group(team.id()),
				false);

		assertThat(preview.losing()).isEqualTo(1);
		assertThat(preview.gaining()).isZero();
		assertThat(preview.examples()).containsExactly("avery@contoso.com");
		assertThat(storedRoles(this.instance, avery.id())).containsExactly(reader.id());
	}

	@Test
	void holdersWhenPagedThenEveryHolderOnceWithReasons() {
		StoredResource team = group(this.organisation, "Team");
		for (int i = 0; i < 5; i++) {
			StoredResource user = user(this.organisation, "user" + i + "@contoso.com");
			addMembers(this.organisation, team.id(), user.id());
		}
		user(this.organisation, "nobody@contoso.com");
		StoredResource foreign = user(this.other, "sam@fabrikam.com");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);
		this.assignments.assign(this.other, role(this.otherInstance, "Reader").id(), Subject.user(foreign.id()), null);

		RoleHolderPage first = this.effectiveRoles.holders(this.organisation, this.instance.id(), null, null, 3);
		RoleHolderPage second = this.effectiveRoles.holders(this.organisation, this.instance.id(), null,
				first.nextCursor(), 3);

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.holders()).extracting(RoleHolder::userName)
			.containsExactly("user0@contoso.com", "user1@contoso.com", "user2@contoso.com");
		assertThat(second.holders()).extracting(RoleHolder::userName)
			.containsExactly("user3@contoso.com", "user4@contoso.com");
		assertThat(second.nextCursor()).isNull();
		assertThat(first.holders().get(0).roles())
			.containsExactly(new EffectiveRole(reader.id(), "Reader", List.of(new RoleSource(team.id(), "Team"))));
		assertThat(this.effectiveRoles.holders(this.organisation, this.otherInstance.id(), null, null, 10).holders())
			.isEmpty();
	}

	@Test
	void inEveryInstanceWhenRolesInOneThenListsEveryActiveInstance() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		Instance test = this.instances.create(this.organisation, "Test");
		this.assignments.assign(this.organisation, role(test, "Administrator").id(), Subject.user(avery.id()), null);

		List<InstanceRoles> roles = this.effectiveRoles.inEveryInstance(this.organisation, avery.id());

		assertThat(roles).extracting((entry) -> entry.instance().name()).containsExactly("Production", "Test");
		assertThat(roles.get(0).roles()).isEmpty();
		assertThat(roles.get(1).roles()).extracting(EffectiveRole::name).containsExactly("Administrator");
		assertThat(this.effectiveRoles.inEveryInstance(this.other, avery.id()))
			.allSatisfy((entry) -> assertThat(entry.roles()).isEmpty());
	}

	@Test
	void ofWhenOtherOrganisationAsksThenNothing() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		this.assignments.assign(this.organisation, role(this.instance, "Reader").id(), Subject.user(avery.id()), null);

		assertThat(this.effectiveRoles.of(this.other, this.instance.id(), avery.id())).isEmpty();
		assertThat(this.effectiveRoles.of(this.organisation, this.otherInstance.id(), avery.id())).isEmpty();
		assertThat(this.effectiveRoles.of(this.organisation, this.instance.id(), UUID.randomUUID())).isEmpty();
	}

	@Test
	void directoryChangesWhenNoAssignmentsThenNoRoleRowsOrEvents() {
		StoredResource avery = user(this.organisation, "avery@contoso.com");
		StoredResource team = group(this.organisation, "Team", avery.id());
		setActive(this.organisation, avery.id(), false);
		delete(this.organisation, ResourceType.GROUP, team.id());

		assertThat(roleEvents(this.organisation)).isEmpty();
		assertThat(storedRoles(this.instance, avery.id())).isEmpty();
	}

	@Test
	void concurrentWhenMembersJoinWhileFirstRoleIsAssignedThenStoredRolesAndEventsMatch() throws Exception {
		StoredResource nested = group(this.organisation, "Nested");
		StoredResource outer = group(this.organisation, "Outer", nested.id());
		List<UUID> users = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			users.add(user(this.organisation, "user" + i + "@contoso.com").id());
		}
		Role reader = role(this.instance, "Reader");
		List<Callable<Object>> work = new ArrayList<>();
		for (int worker = 0; worker < 4; worker++) {
			List<UUID> mine = users.subList(worker * 6, worker * 6 + 6);
			work.add(() -> {
				for (UUID user : mine) {
					addMembers(this.organisation, nested.id(), user);
				}
				return true;
			});
		}
		work.add(2, () -> this.assignments.assign(this.organisation, reader.id(), Subject.group(outer.id()), null));

		ExecutorService executor = Executors.newFixedThreadPool(work.size());
		try {
			for (Future<Object> done : executor.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(users).allSatisfy((user) -> {
			assertThat(roleNames(this.instance, user)).containsExactly("Reader");
			assertThat(storedRoles(this.instance, user)).containsExactly(reader.id());
		});
		assertThat(roleEvents(this.organisation)).hasSize(users.size())
			.allSatisfy((event) -> assertThat(event.type()).isEqualTo("role.granted"));
	}

	@Test
	void lockWhenAssignedWhenOnlyRetiredRolesOrInstancesAssignedThenNoAssignmentCounts() {
		StoredResource team = group(this.organisation, "Team");
		Role reader = role(this.instance, "Reader");
		this.assignments.assign(this.organisation, reader.id(), Subject.group(team.id()), null);
		this.roles.retire(this.organisation, reader.id());
		Instance test = this.instances.create(this.organisation, "Test");
		this.assignments.assign(this.organisation, role(test, "Reader").id(), Subject.group(team.id()), null);
		this.instances.retire(this.organisation, test.id());

		boolean locked = this.dsl
			.transactionResult((transaction) -> AccessLock.lockWhenAssigned(transaction.dsl(), this.organisation));
		boolean assignedToTeam = RoleGrants.assignedAtOrAbove(this.dsl, this.organisation, team.id());

		assertThat(locked).isFalse();
		assertThat(assignedToTeam).isFalse();
		assertThat(RoleGrants.anyAssignment(this.dsl, this.other)).isFalse();
	}

	@Test
	void directoryChangeWhenOrganisationLacksLockRowThenCreatesItAndGoesOn() {
		this.dsl.deleteFrom(DSL.table(DSL.unquotedName("access_lock")))
			.where(DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID).eq(this.organisation))
			.execute();
		StoredResource avery = user(this.organisation, "avery@contoso.com");

		StoredResource team = group(this.organisation, "Team", avery.id());
		this.assignments.assign(this.organisation, role(this.instance, "Reader").id(), Subject.group(team.id()), null);

		assertThat(this.dsl.fetchCount(DSL.table(DSL.unquotedName("access_lock")),
				DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID).eq(this.organisation)))
			.isEqualTo(1);
		assertThat(roleNames(this.instance, avery.id())).containsExactly("Reader");
	}

	static <T> List<T> tail(List<T> list, int count) {
		return list.subList(Math.max(0, list.size() - count), list.size());
	}

}
