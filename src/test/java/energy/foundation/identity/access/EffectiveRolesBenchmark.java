package energy.foundation.identity.access;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.DirectoryChange;
import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.Modification;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.TestDatabases;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what effective roles cost a change of the directory: the time of adding one
 * member to a group and of disabling and enabling a user, in an organisation without
 * assignments, with an assignment elsewhere, and with the changed group assigned; the
 * time the access listener alone takes for a membership change (against an empty
 * transaction); and assigning a role to one large group. Prints p50/p95 in milliseconds.
 * A measuring tool, not a test: nothing here passes or fails on timing.
 * <p>
 * Run it after {@code ./mvnw -q -B test-compile} with the test class path (see
 * {@code ProvisioningLoadHarness}): <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     energy.foundation.identity.access.EffectiveRolesBenchmark --database=postgres --users=400
 * </pre>
 */
public final class EffectiveRolesBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Directory directory;

	private final RoleAssignments assignments;

	private final Roles roles;

	private final DSLContext dsl;

	private final AccessListener listener;

	private final ConfigurableApplicationContext context;

	private EffectiveRolesBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.directory = context.getBean(Directory.class);
		this.assignments = context.getBean(RoleAssignments.class);
		this.roles = context.getBean(Roles.class);
		this.dsl = context.getBean(DSLContext.class);
		this.listener = context.getBean(AccessListener.class);
	}

	public static void main(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(args)
			.map((arg) -> arg.replaceFirst("^--", "").split("=", 2))
			.forEach((pair) -> options.put(pair[0], pair[1]));
		int users = Integer.parseInt(options.getOrDefault("users", "400"));
		int largeGroup = Integer.parseInt(options.getOrDefault("large-group", "5000"));
		try (ConfigurableApplicationContext context = start(options.getOrDefault("database", "h2"))) {
			EffectiveRolesBenchmark benchmark = new EffectiveRolesBenchmark(context);
			System.out.println("Database: " + options.getOrDefault("database", "h2") + ", " + users
					+ " changes of each kind per organisation");
			// the first round warms the JIT and the pools up; it is not printed
			benchmark.quietly(() -> benchmark.run("warm-up", users, Setup.NONE));
			benchmark.run("no assignments", users, Setup.NONE);
			benchmark.run("assignment elsewhere", users, Setup.ELSEWHERE);
			benchmark.run("group assigned", users, Setup.THIS_GROUP);
			benchmark.listenerAlone(users);
			benchmark.assignLargeGroup(largeGroup);
		}
	}

	private void quietly(Runnable run) {
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream()));
		try {
			run.run();
		}
		finally {
			System.setOut(out);
		}
	}

	private enum Setup {

		NONE, ELSEWHERE, THIS_GROUP

	}

	private void run(String label, int count, Setup setup) {
		Organisation world = organisation();
		UUID group = group(world.id());
		List<UUID> users = users(world.id(), count);
		Role reader = this.roles.list(world.id(), world.instance().id(), false).get(0);
		if (setup == Setup.ELSEWHERE) {
			UUID other = group(world.id());
			this.assignments.assign(world.id(), reader.id(), Subject.group(other), null);
		}
		if (setup == Setup.THIS_GROUP) {
			this.assignments.assign(world.id(), reader.id(), Subject.group(group), null);
		}

		print(label + ": add member",
				measure(count,
						(i) -> this.directory.modify(world.id(), ResourceType.GROUP, group, null, false,
								(current) -> new Modification(current.attributes(),
										List.of(new MembershipChange.Add(Set.of(users.get(i))))))));
		print(label + ": disable user", measure(count, (i) -> setActive(world.id(), users.get(i), false)));
		print(label + ": enable user", measure(count, (i) -> setActive(world.id(), users.get(i), true)));
	}

	/**
	 * Times the listener's part of a membership change inside a transaction that has
	 * written already (as the directory's has), so that the commit costs the same with
	 * and without it; against one trivial query in the same place.
	 */
	private void listenerAlone(int count) {
		Organisation world = organisation();
		Organisation scratch = organisation();
		UUID group = group(world.id());
		List<UUID> users = users(world.id(), count);
		double[] trivial = new double[count];
		double[] listener = new double[count];
		for (int i = 0; i < count; i++) {
			int index = i;
			this.dsl.transaction((transaction) -> {
				DSLContext sql = transaction.dsl();
				AccessLock.lock(sql, scratch.id());
				long started = System.nanoTime();
				sql.selectOne().fetch();
				long queried = System.nanoTime();
				this.listener.changed(sql, new DirectoryChange.MembersChanged(world.id(), group,
						Map.of(users.get(index), ResourceType.USER), Map.of()));
				long told = System.nanoTime();
				trivial[index] = (queried - started) / 1e6;
				listener[index] = (told - queried) / 1e6;
			});
		}
		Arrays.sort(trivial);
		Arrays.sort(listener);
		print("one trivial query in a writing transaction", trivial);
		print("listener, no assignments, member added", listener);
	}

	private void assignLargeGroup(int size) {
		Organisation world = organisation();
		List<UUID> users = users(world.id(), size);
		UUID group = group(world.id());
		for (int start = 0; start < size; start += 500) {
			Set<UUID> batch = Set.copyOf(users.subList(start, Math.min(size, start + 500)));
			this.directory.modify(world.id(), ResourceType.GROUP, group, null, false,
					(current) -> new Modification(current.attributes(), List.of(new MembershipChange.Add(batch))));
		}
		Role reader = this.roles.list(world.id(), world.instance().id(), false).get(0);

		long started = System.nanoTime();
		AssignmentPreview preview = this.assignments.preview(world.id(), reader.id(), Subject.group(group), true);
		long previewed = System.nanoTime();
		AssignmentResult result = this.assignments.assign(world.id(), reader.id(), Subject.group(group), null);
		long assigned = System.nanoTime();
		this.assignments.unassign(world.id(), reader.id(), Subject.group(group));
		long unassigned = System.nanoTime();

		System.out.printf(
				"group of %d users: preview %.0f ms (%d gaining), assign %.0f ms (%d granted), " + "unassign %.0f ms%n",
				size, (previewed - started) / 1e6, preview.gaining(), (assigned - previewed) / 1e6,
				result.changes().granted(), (unassigned - assigned) / 1e6);
	}

	private void setActive(UUID organisationId, UUID userId, boolean active) {
		this.directory.modify(organisationId, ResourceType.USER, userId, null, false, (current) -> {
			ObjectNode attributes = current.attributes().deepCopy();
			attributes.put("active", active);
			return new Modification(attributes, List.of());
		});
	}

	private Organisation organisation() {
		UUID id = this.context.getBean(Organisations.class).create("Benchmark", UUID.randomUUID().toString()).id();
		return new Organisation(id, this.context.getBean(Instances.class).create(id, "Production"));
	}

	private UUID group(UUID organisationId) {
		ObjectNode attributes = JSON.createObjectNode().put("displayName", "Group " + UUID.randomUUID());
		return this.directory.create(organisationId, ResourceType.GROUP, attributes, Set.of()).id();
	}

	private List<UUID> users(UUID organisationId, int count) {
		List<UUID> users = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ObjectNode attributes = JSON.createObjectNode()
				.put("userName", "user" + i + "-" + UUID.randomUUID() + "@contoso.com")
				.put("active", true);
			users.add(this.directory.create(organisationId, ResourceType.USER, attributes, Set.of()).id());
		}
		return users;
	}

	private static double[] measure(int count, IntConsumer operation) {
		double[] millis = new double[count];
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			operation.accept(i);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void print(String label, double[] sorted) {
		System.out.printf("%-52s p50 %6.2f ms   p95 %6.2f ms%n", label, sorted[sorted.length / 2],
				sorted[(int) (sorted.length * 0.95)]);
	}

	private static ConfigurableApplicationContext start(String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if ("postgres".equals(database)) {
			TestDatabases.postgres((name, value) -> properties.put(name, value.get()));
		}
		else {
			TestDatabases.h2((name, value) -> properties.put(name, value.get()));
		}
		properties.put("logging.level.root", "WARN");
		properties.put("spring.main.banner-mode", "off");
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FoundationIdentityApplication.class).web(WebApplicationType.NONE)
			.run(arguments);
	}

	private record Organisation(UUID id, Instance instance) {

	}

}
