package energy.foundation.identity.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.Modification;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.TestDatabases;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Effective roles against a naive model: random histories of memberships (nested, with
 * cycles), assignments to users and groups, users disabled, enabled and deleted, and
 * roles retired, applied to the service on the embedded H2 default. After every step the
 * materialised effective roles, the live computation, and the role events folded over an
 * empty set must all equal what the model computes by walking its own groups.
 */
class EffectiveRolesPropertyIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int USERS = 5;

	private static final int GROUPS = 4;

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID);

	private static final Field<UUID> USER_ID = DSL.field(DSL.unquotedName("user_id"), SQLDataType.UUID);

	private static final Field<UUID> INSTANCE_ID = DSL.field(DSL.unquotedName("instance_id"), SQLDataType.UUID);

	private static final Field<UUID> ROLE_ID = DSL.field(DSL.unquotedName("role_id"), SQLDataType.UUID);

	private static final Field<Long> SEQUENCE = DSL.field(DSL.unquotedName("sequence"), SQLDataType.BIGINT);

	private static final Field<String> TYPE = DSL.field(DSL.unquotedName("type"), SQLDataType.VARCHAR);

	private static final Field<String> DATA = DSL.field(DSL.unquotedName("data"), SQLDataType.VARCHAR);

	private static ConfigurableApplicationContext context;

	@BeforeContainer
	static void start() {
		context = new SpringApplicationBuilder(FoundationIdentityApplication.class).web(WebApplicationType.NONE)
			.run("--foundation.data-dir=" + TestDatabases.newDataDir(), "--spring.main.banner-mode=off",
					"--logging.level.energy.foundation=warn");
	}

	@AfterContainer
	static void stop() {
		context.close();
	}

	@Property(tries = 25)
	void effectiveRolesWhenRandomHistoryThenEqualModelAfterEveryStep(@ForAll("histories") List<Step> history) {
		World world = new World();

		for (Step step : history) {
			world.apply(step);

			world.check();
		}
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<Step> step = Combinators
			.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 99),
					Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99))
			.as(Step::new);
		return step.list().ofMinSize(1).ofMaxSize(14);
	}

	enum Kind {

		ADD_MEMBER, ADD_MEMBER_AGAIN, REMOVE_MEMBER, ASSIGN, ASSIGN_AGAIN, UNASSIGN, DISABLE, ENABLE, DELETE_USER,
		RETIRE_ROLE

	}

	/**
	 * One step of a history; the numbers pick users, groups and roles by position.
	 */
	record Step(Kind kind, int a, int b, int c) {

	}

	/**
	 * One organisation in the service and the model of it.
	 */
	private static final class World {

		private final Directory directory = context.getBean(Directory.class);

		private final RoleAssignments assignments = context.getBean(RoleAssignments.class);

		private final Roles roles = context.getBean(Roles.class);

		private final EffectiveRoles effectiveRoles = context.getBean(EffectiveRoles.class);

		private final DSLContext dsl = context.getBean(DSLContext.class);

		private final UUID organisation;

		private final List<Instance> instances = new ArrayList<>();

		private final List<Role> roleList = new ArrayList<>();

		private final List<UUID> users = new ArrayList<>();

		private final List<UUID> groups = new ArrayList<>();

		// the model
		private final Set<UUID> activeUsers = new HashSet<>();

		private final Set<UUID> deletedUsers = new HashSet<>();

		private final Map<UUID, Set<UUID>> members = new HashMap<>();

		private final Set<List<UUID>> assigned = new HashSet<>();

		private final Set<UUID> retiredRoles = new HashSet<>();

		World() {
			this.organisation = context.getBean(Organisations.class)
				.create("Property", UUID.randomUUID().toString())
				.id();
			Instances instanceService = context.getBean(Instances.class);
			for (String name : List.of("Production", "Test")) {
				Instance instance = instanceService.create(this.organisation, name);
				this.instances.add(instance);
				this.roleList.addAll(this.roles.list(this.organisation, instance.id(), false));
			}
			for (int i = 0; i < USERS; i++) {
				ObjectNode user = JSON.createObjectNode()
					.put("userName", "user" + i + "@contoso.com")
					.put("active", true);
				UUID id = this.directory.create(this.organisation, ResourceType.USER, user, Set.of()).id();
				this.users.add(id);
				this.activeUsers.add(id);
			}
			for (int i = 0; i < GROUPS; i++) {
				ObjectNode group = JSON.createObjectNode().put("displayName", "Group " + i);
				UUID id = this.directory.create(this.organisation, ResourceType.GROUP, group, Set.of()).id();
				this.groups.add(id);
				this.members.put(id, new LinkedHashSet<>());
			}
		}

		void apply(Step step) {
			UUID group = this.groups.get(step.a() % GROUPS);
			UUID user = this.users.get(step.b() % USERS);
			Role role = this.roleList.get(step.c() % this.roleList.size());
			switch (step.kind()) {
				case ADD_MEMBER, ADD_MEMBER_AGAIN -> addMember(group, member(step, group));
				case REMOVE_MEMBER -> removeMember(group, step);
				case ASSIGN, ASSIGN_AGAIN -> assign(role, subject(step));
				case UNASSIGN -> unassign(role, subject(step));
				case DISABLE -> setActive(user, false);
				case ENABLE -> setActive(user, true);
				case DELETE_USER -> deleteUser(user);
				case RETIRE_ROLE -> retire(role);
			}
		}

		/**
		 * A user (even b) or another group (odd b) to make a member of the group.
		 */
		private UUID member(Step step, UUID group) {
			if (step.b() % 2 == 0) {
				return this.users.get(step.c() % USERS);
			}
			UUID other = this.groups.get(step.c() % GROUPS);
			return other.equals(group) ? this.groups.get((step.c() + 1) % GROUPS) : other;
		}

		private Subject subject(Step step) {
			return (step.a() % 3 == 0) ? Subject.user(this.users.get(step.b() % USERS))
					: Subject.group(this.groups.get(step.a() % GROUPS));
		}

		private void addMember(UUID group, UUID member) {
			if (this.deletedUsers.contains(member)) {
				return;
			}
			this.directory.modify(this.organisation, ResourceType.GROUP, group, null, false,
					(current) -> new Modification(current.attributes(),
							List.of(new MembershipChange.Add(Set.of(member)))));
			this.members.get(group).add(member);
		}

		private void removeMember(UUID group, Step step) {
			List<UUID> current = List.copyOf(this.members.get(group));
			if (current.isEmpty()) {
				return;
			}
			UUID member = current.get(step.c() % current.size());
			this.directory.modify(this.organisation, ResourceType.GROUP, group, null, false,
					(stored) -> new Modification(stored.attributes(),
							List.of(new MembershipChange.Remove(Set.of(member)))));
			this.members.get(group).remove(member);
		}

		private void assign(Role role, Subject subject) {
			if (this.retiredRoles.contains(role.id()) || this.deletedUsers.contains(subject.id())) {
				return;
			}
			this.assignments.assign(this.organisation, role.id(), subject, "property test");
			this.assigned.add(List.of(role.id(), subject.id()));
		}

		private void unassign(Role role, Subject subject) {
			this.assignments.unassign(this.organisation, role.id(), subject);
			this.assigned.remove(List.of(role.id(), subject.id()));
		}

		private void setActive(UUID user, boolean active) {
			if (this.deletedUsers.contains(user)) {
				return;
			}
			this.directory.modify(this.organisation, ResourceType.USER, user, null, false, (current) -> {
				ObjectNode attributes = current.attributes().deepCopy();
				attributes.put("active", active);
				return new Modification(attributes, List.of());
			});
			if (active) {
				this.activeUsers.add(user);
			}
			else {
				this.activeUsers.remove(user);
			}
		}

		private void deleteUser(UUID user) {
			if (this.deletedUsers.contains(user)) {
				return;
			}
			this.directory.delete(this.organisation, ResourceType.USER, user, null);
			this.deletedUsers.add(user);
			this.activeUsers.remove(user);
			this.members.values().forEach((groupMembers) -> groupMembers.remove(user));
			this.assigned.removeIf((assignment) -> assignment.get(1).equals(user));
		}

		private void retire(Role role) {
			this.roles.retire(this.organisation, role.id());
			this.retiredRoles.add(role.id());
		}

		/**
		 * The model's effective roles: (user, instance, role) for every active user and
		 * active role assigned to the user or to a group the user is below.
		 */
		Set<List<UUID>> expected() {
			Set<List<UUID>> expected = new HashSet<>();
			for (UUID user : this.activeUsers) {
				for (Role role : this.roleList) {
					if (this.retiredRoles.contains(role.id())) {
						continue;
					}
					boolean holds = this.assigned.contains(List.of(role.id(), user)) || this.groups.stream()
						.anyMatch((group) -> this.assigned.contains(List.of(role.id(), group)) && below(user, group));
					if (holds) {
						expected.add(List.of(user, role.instanceId(), role.id()));
					}
				}
			}
			return expected;
		}

		private boolean below(UUID user, UUID group) {
			Set<UUID> seen = new HashSet<>();
			Deque<UUID> open = new ArrayDeque<>(List.of(group));
			while (!open.isEmpty()) {
				UUID next = open.pop();
				if (!seen.add(next)) {
					continue;
				}
				for (UUID member : this.members.getOrDefault(next, Set.of())) {
					if (member.equals(user)) {
						return true;
					}
					if (this.members.containsKey(member)) {
						open.push(member);
					}
				}
			}
			return false;
		}

		void check() {
			Set<List<UUID>> expected = expected();

			assertThat(stored()).as("effective_role").isEqualTo(expected);
			assertThat(folded()).as("role events folded").isEqualTo(expected);
			assertThat(live()).as("live computation").isEqualTo(expected);
		}

		private Set<List<UUID>> stored() {
			return new HashSet<>(this.dsl.select(USER_ID, INSTANCE_ID, ROLE_ID)
				.from(DSL.table(DSL.unquotedName("effective_role")))
				.where(ORGANISATION_ID.eq(this.organisation))
				.fetch((row) -> List.of(row.value1(), row.value2(), row.value3())));
		}

		private Set<List<UUID>> folded() {
			Set<List<UUID>> held = new HashSet<>();
			this.dsl.select(TYPE, DATA)
				.from(DSL.table(DSL.unquotedName("change_event")))
				.where(ORGANISATION_ID.eq(this.organisation))
				.and(TYPE.like("role.%"))
				.orderBy(SEQUENCE)
				.forEach((row) -> {
					JsonNode data = JSON.readTree(row.value2());
					List<UUID> key = List.of(UUID.fromString(data.path("user").path("id").asString()),
							UUID.fromString(data.path("instance").path("id").asString()),
							UUID.fromString(data.path("role").path("id").asString()));
					if (row.value1().equals("role.granted")) {
						assertThat(held.add(key)).as("granted while held").isTrue();
					}
					else {
						assertThat(held.remove(key)).as("revoked while not held").isTrue();
					}
				});
			return held;
		}

		private Set<List<UUID>> live() {
			Set<List<UUID>> live = new HashSet<>();
			for (Instance instance : this.instances) {
				this.effectiveRoles.of(this.organisation, instance.id(), this.users)
					.forEach((user, held) -> held
						.forEach((role) -> live.add(List.of(user, instance.id(), role.roleId()))));
			}
			return live;
		}

	}

}
