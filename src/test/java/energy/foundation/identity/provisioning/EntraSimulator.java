package energy.foundation.identity.provisioning;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import energy.foundation.identity.support.HttpResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays Microsoft Entra ID's provisioning service (SyncFabric, custom-app {@code scim}
 * job, default mappings, compliance flag off) against one organisation, following
 * CLIENTS.md §3 and §6.1. Each cycle probes the endpoint, exports every changed object
 * (look it up, create it when absent, otherwise PATCH only the attributes that differ
 * from what the service answered), then runs the reference pass: managers, and group
 * memberships computed from what this simulator itself exported (Entra never reads
 * members back). Lookups, diffs and request shapes are Entra's: {@code +}-encoded
 * filters, capitalised ops, {@code "True"}/{@code "False"} strings, member removal by
 * value list (or by filter path, as on-demand provisioning sends it).
 */
final class EntraSimulator implements AutoCloseable {

	private static final String MANAGER_PATH = ScimNodes.ENTERPRISE_USER + ":manager";

	private static final List<Mapping> MAPPINGS = List.of(
			new Mapping("userName", (user) -> user.userName, (node) -> ScimNodes.text(node.get("userName"))),
			new Mapping("externalId", (user) -> user.externalId, (node) -> ScimNodes.text(node.get("externalId"))),
			new Mapping("displayName", (user) -> user.displayName, (node) -> ScimNodes.text(node.get("displayName"))),
			new Mapping("title", (user) -> user.jobTitle, (node) -> ScimNodes.text(node.get("title"))),
			new Mapping("emails[type eq \"work\"].value", (user) -> user.mail,
					(node) -> ScimNodes.typed(node, "emails", "work", "value")),
			new Mapping("name.givenName", (user) -> user.givenName,
					(node) -> ScimNodes.text(node.path("name").get("givenName"))),
			new Mapping("name.familyName", (user) -> user.surname,
					(node) -> ScimNodes.text(node.path("name").get("familyName"))),
			new Mapping("name.formatted", SourceUser::formattedName,
					(node) -> ScimNodes.text(node.path("name").get("formatted"))),
			new Mapping("phoneNumbers[type eq \"mobile\"].value", (user) -> user.mobile,
					(node) -> ScimNodes.typed(node, "phoneNumbers", "mobile", "value")),
			new Mapping("addresses[type eq \"work\"].locality", (user) -> user.city,
					(node) -> ScimNodes.typed(node, "addresses", "work", "locality")),
			new Mapping("addresses[type eq \"work\"].country", (user) -> user.country,
					(node) -> ScimNodes.typed(node, "addresses", "work", "country")),
			new Mapping(ScimNodes.ENTERPRISE_USER + ":employeeNumber", (user) -> user.employeeId,
					(node) -> ScimNodes.text(node.path(ScimNodes.ENTERPRISE_USER).get("employeeNumber"))),
			new Mapping(ScimNodes.ENTERPRISE_USER + ":department", (user) -> user.department,
					(node) -> ScimNodes.text(node.path(ScimNodes.ENTERPRISE_USER).get("department"))));

	private final SourceDirectory source;

	private final ProviderConnection connection;

	private final ExecutorService workers;

	private final Map<String, String> userIds = new ConcurrentHashMap<>();

	private final Map<String, String> groupIds = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> exportedMembers = new ConcurrentHashMap<>();

	private final Map<String, String> exportedManagers = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> seenThisCycle = new ConcurrentHashMap<>();

	private final Map<String, Integer> groupOrder = new ConcurrentHashMap<>();

	private int cycle;

	private volatile boolean complianceFlag;

	EntraSimulator(SourceDirectory source, ProviderConnection connection, int workers) {
		this.source = source;
		this.connection = connection;
		this.workers = Executors.newFixedThreadPool(workers);
		source.groups.keySet().forEach((objectId) -> this.groupOrder.put(objectId, this.groupOrder.size()));
	}

	ProviderConnection connection() {
		return this.connection;
	}

	/**
	 * Test Connection (E01): a random GUID looked up as {@code userName} on
	 * {@code /Users} and as {@code displayName} on {@code /Groups}; both must answer an
	 * empty list.
	 */
	void testConnection() {
		String users = "/Users?filter=" + formEncoded("userName eq \"" + UUID.randomUUID() + "\"");
		expectEmptyList(this.connection.get("probe users", users, 200));
		String groups = "/Groups?excludedAttributes=members&filter="
				+ formEncoded("displayName eq \"" + UUID.randomUUID() + "\"");
		expectEmptyList(this.connection.get("probe groups", groups, 200));
	}

	/**
	 * The initial cycle, or a restart: every object is looked up by its matching
	 * attribute, created or updated, then linked.
	 */
	void initialCycle() {
		runCycle(List.copyOf(this.source.users.values()), List.copyOf(this.source.groups.values()), true);
	}

	/**
	 * An incremental cycle: only the objects changed since the last cycle, linked ones
	 * read by id.
	 */
	void incrementalCycle() {
		runCycle(this.source.changedUsers(), this.source.changedGroups(), false);
	}

	/**
	 * The service's id for a source user, or {@code null} while it is not provisioned.
	 */
	@Nullable String userId(String objectId) {
		return this.userIds.get(objectId);
	}

	@Nullable String groupId(String objectId) {
		return this.groupIds.get(objectId);
	}

	/**
	 * The users the service must hold: every provisioned user, with what Entra exported.
	 */
	List<ExpectedUser> expectedUsers() {
		List<ExpectedUser> expected = new ArrayList<>();
		for (SourceUser user : this.source.users.values()) {
			String id = this.userIds.get(user.objectId);
			if (id != null) {
				expected.add(new ExpectedUser(id, user.userName, user.externalId, user.active(), user.displayName,
						expectedName(user), expectedEmails(user), this.exportedManagers.get(user.objectId)));
			}
		}
		return expected;
	}

	/**
	 * The groups the service must hold, with exactly the members Entra added and did not
	 * remove, minus users it deleted.
	 */
	List<ExpectedGroup> expectedGroups() {
		List<ExpectedGroup> expected = new ArrayList<>();
		for (SourceGroup group : this.source.groups.values()) {
			String id = this.groupIds.get(group.objectId);
			if (id != null) {
				Set<String> members = new LinkedHashSet<>();
				this.exportedMembers.getOrDefault(group.objectId, Set.of())
					.forEach((member) -> members.add(Objects.requireNonNull(this.userIds.get(member))));
				expected.add(new ExpectedGroup(id, group.displayName, group.objectId, members));
			}
		}
		return expected;
	}

	/**
	 * Whether Entra's view of every group's members equals the source directory's (a
	 * check of the simulator itself).
	 */
	boolean membershipsMatchSource() {
		for (SourceGroup group : this.source.groups.values()) {
			if (!group.deleted
					&& !desiredMembers(group).equals(this.exportedMembers.getOrDefault(group.objectId, Set.of()))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
		this.connection.close();
	}

	private void runCycle(Collection<SourceUser> users, Collection<SourceGroup> groups, boolean byFilter) {
		this.cycle++;
		this.seenThisCycle.clear();
		testConnection();

		parallel(users, (user) -> exportUser(user, byFilter));
		parallel(groups, (group) -> exportGroup(group, byFilter));

		parallel(users, this::exportManager);
		parallel(groups, this::exportMembers);
		this.source.clearChanges();
	}

	private void exportUser(SourceUser user, boolean byFilter) {
		String id = this.userIds.get(user.objectId);
		if (user.deleted || !user.assigned) {
			// a restart reads only objects in scope, so it does not disable again
			if (id != null && (user.deleted || !byFilter)) {
				deprovision(user, id);
			}
			return;
		}
		JsonNode current = (id != null && !byFilter) ? read("get user", "/Users/" + id) : lookupUser(user);
		if (current == null) {
			create(user);
			return;
		}
		this.userIds.put(user.objectId, ScimNodes.text(current.get("id")));
		this.seenThisCycle.put(user.objectId, current);

		List<ObjectNode> operations = difference(user, current);
		if (!operations.isEmpty()) {
			this.connection.patch("patch user", "/Users/" + ScimNodes.text(current.get("id")),
					ScimNodes.patch(operations), 200, 204);
		}
	}

	/**
	 * Out of scope: a soft delete ({@code active "False"}, sent whether or not the user
	 * is already inactive); purged: DELETE, after which Entra forgets the user's
	 * memberships without removing them.
	 */
	private void deprovision(SourceUser user, String id) {
		if (!user.deleted) {
			ObjectNode disable = ScimNodes
				.patch(List.of(this.complianceFlag ? ScimNodes.operation("replace", "active", BooleanNode.FALSE)
						: ScimNodes.operation("Replace", "active", "False")));
			this.connection.patch("disable user", "/Users/" + id, disable, 200, 204);
			return;
		}
		this.connection.delete("delete user", "/Users/" + id, 204);
		this.userIds.remove(user.objectId);
		this.exportedManagers.remove(user.objectId);
		this.exportedMembers.values().forEach((members) -> {
			synchronized (members) {
				members.remove(user.objectId);
			}
		});
	}

	private @Nullable JsonNode lookupUser(SourceUser user) {
		String path = "/Users?filter=" + formEncoded("userName eq \"" + user.userName + "\"");
		return single(this.connection.get("lookup user", path, 200), false);
	}

	private void create(SourceUser user) {
		HttpResult created = this.connection.post("create user", "/Users", createBody(user), 201);
		if (created.status() != 201) {
			return;
		}
		JsonNode body = created.json();
		if (created.header("Location").isEmpty()) {
			this.connection.problem("create user: no Location header");
		}
		this.userIds.put(user.objectId, Objects.requireNonNull(ScimNodes.text(body.get("id"))));
		this.seenThisCycle.put(user.objectId, body);
	}

	private static ObjectNode createBody(SourceUser user) {
		ObjectNode body = ScimNodes.object();
		body.putArray("schemas").add(ScimNodes.CORE_USER).add(ScimNodes.ENTERPRISE_USER);
		body.put("externalId", user.externalId);
		body.put("userName", user.userName);
		body.put("active", user.active());
		body.put("displayName", user.displayName);
		putIfPresent(body, "title", user.jobTitle);
		ArrayNode emails = (user.mail != null) ? body.putArray("emails") : null;
		if (emails != null) {
			emails.addObject().put("primary", true).put("type", "work").put("value", user.mail);
		}
		ObjectNode name = ScimNodes.objectOf(ScimNodes.entries("formatted", user.formattedName(), "familyName",
				user.surname, "givenName", user.givenName));
		if (name != null) {
			body.set("name", name);
		}
		if (user.city != null) {
			body.putArray("addresses")
				.addObject()
				.put("type", "work")
				.put("locality", user.city)
				.put("country", user.country);
		}
		if (user.mobile != null) {
			body.putArray("phoneNumbers").addObject().put("type", "mobile").put("value", user.mobile);
		}
		ObjectNode enterprise = ScimNodes
			.objectOf(ScimNodes.entries("employeeNumber", user.employeeId, "department", user.department));
		if (enterprise != null) {
			body.set(ScimNodes.ENTERPRISE_USER, enterprise);
		}
		body.putObject("meta").put("resourceType", "User");
		if (!user.guest) {
			body.putArray("roles");
		}
		return body;
	}

	private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	/**
	 * Entra's diff: {@code Add} for a value the service does not have, {@code Replace}
	 * for one that differs, never a removal (Entra does not flow empty source values).
	 */
	private List<ObjectNode> difference(SourceUser user, JsonNode current) {
		if (this.complianceFlag) {
			return flaggedDifference(user, current);
		}
		List<ObjectNode> operations = new ArrayList<>();
		for (Mapping mapping : MAPPINGS) {
			String wanted = mapping.source().apply(user);
			String actual = mapping.target().apply(current);
			if (wanted != null && actual == null) {
				operations.add(ScimNodes.operation("Add", mapping.path(), wanted));
			}
			else if (wanted != null && !wanted.equals(actual)) {
				operations.add(ScimNodes.operation("Replace", mapping.path(), wanted));
			}
		}
		if (activeDiffers(user, current)) {
			operations.add(ScimNodes.operation("Replace", "active", user.active() ? "True" : "False"));
		}
		return operations;
	}

	/**
	 * The diff of a tenant with {@code ?aadOptscim062020} (CLIENTS.md §7): lower-case
	 * ops, value-path replaces kept apart, every other replaced attribute merged into one
	 * path-less {@code replace} with dotted and URN keys, {@code active} as a boolean.
	 */
	private static List<ObjectNode> flaggedDifference(SourceUser user, JsonNode current) {
		List<ObjectNode> operations = new ArrayList<>();
		ObjectNode merged = ScimNodes.object();
		for (Mapping mapping : MAPPINGS) {
			String wanted = mapping.source().apply(user);
			String actual = mapping.target().apply(current);
			if (wanted != null && actual == null) {
				operations.add(ScimNodes.operation("add", mapping.path(), wanted));
			}
			else if (wanted != null && !wanted.equals(actual) && mapping.path().contains("[")) {
				operations.add(ScimNodes.operation("replace", mapping.path(), wanted));
			}
			else if (wanted != null && !wanted.equals(actual)) {
				merged.put(mapping.path(), wanted);
			}
		}
		if (activeDiffers(user, current)) {
			merged.put("active", user.active());
		}
		if (!merged.isEmpty()) {
			operations.add(ScimNodes.operation("replace", null, merged));
		}
		return operations;
	}

	private static boolean activeDiffers(SourceUser user, JsonNode current) {
		String active = ScimNodes.text(current.get("active"));
		return !String.valueOf(user.active()).equalsIgnoreCase(String.valueOf(active));
	}

	/**
	 * Switches the tenant's compliance flag ({@code ?aadOptscim062020} on the tenant URL)
	 * on or off for the following cycles.
	 */
	void complianceFlag(boolean on) {
		this.complianceFlag = on;
	}

	private void exportGroup(SourceGroup group, boolean byFilter) {
		String id = this.groupIds.get(group.objectId);
		if (group.deleted) {
			if (id != null) {
				this.connection.delete("delete group", "/Groups/" + id, 204);
				this.groupIds.remove(group.objectId);
				this.exportedMembers.remove(group.objectId);
			}
			return;
		}
		JsonNode current = (id != null && !byFilter)
				? read("get group", "/Groups/" + id + "?excludedAttributes=members") : lookupGroup(group);
		if (current == null) {
			createGroup(group);
			return;
		}
		checkNoMembers("get group", current);
		this.groupIds.put(group.objectId, Objects.requireNonNull(ScimNodes.text(current.get("id"))));

		updateGroup(group, current);
	}

	private @Nullable JsonNode lookupGroup(SourceGroup group) {
		String path = "/Groups?excludedAttributes=members&filter="
				+ formEncoded("displayName eq \"" + group.displayName + "\"");
		return single(this.connection.get("lookup group", path, 200), true);
	}

	private void createGroup(SourceGroup group) {
		ObjectNode body = ScimNodes.object();
		body.putArray("schemas").add(ScimNodes.CORE_GROUP).add(ScimNodes.ADSCIM_GROUP);
		body.put("externalId", group.objectId);
		body.put("displayName", group.displayName);
		body.putObject("meta").put("resourceType", "Group");
		HttpResult created = this.connection.post("create group", "/Groups", body, 201);
		if (created.status() == 201) {
			this.groupIds.put(group.objectId, Objects.requireNonNull(ScimNodes.text(created.json().get("id"))));
		}
	}

	/**
	 * A rename goes out as {@code Replace displayName} or, as the compliance flag and the
	 * validator send it, as a path-less {@code replace}.
	 */
	private void updateGroup(SourceGroup group, JsonNode current) {
		List<ObjectNode> operations = new ArrayList<>();
		if (!group.displayName.equals(ScimNodes.text(current.get("displayName")))) {
			operations.add((style(group) % 2 == 0) ? ScimNodes.operation("Replace", "displayName", group.displayName)
					: ScimNodes.operation("replace", null, ScimNodes.object().put("displayName", group.displayName)));
		}
		if (!group.objectId.equals(ScimNodes.text(current.get("externalId")))) {
			operations.add(ScimNodes.operation("Replace", "externalId", group.objectId));
		}
		if (!operations.isEmpty()) {
			this.connection.patch("patch group", "/Groups/" + ScimNodes.text(current.get("id")),
					ScimNodes.patch(operations), 200, 204);
		}
	}

	private void exportManager(SourceUser user) {
		String id = this.userIds.get(user.objectId);
		JsonNode current = this.seenThisCycle.get(user.objectId);
		if (id == null || current == null || user.deleted || !user.assigned) {
			return;
		}
		String wanted = (user.managerObjectId != null) ? this.userIds.get(user.managerObjectId) : null;
		String actual = ScimNodes.managerId(current);
		if (Objects.equals(wanted, actual)) {
			return;
		}
		ObjectNode operation = managerOperation(wanted, actual);
		HttpResult result = this.connection.patch("patch manager", "/Users/" + id, ScimNodes.patch(List.of(operation)),
				200, 204);
		if (result.status() / 100 == 2 && wanted != null) {
			this.exportedManagers.put(user.objectId, wanted);
		}
		else if (result.status() / 100 == 2) {
			this.exportedManagers.remove(user.objectId);
		}
	}

	/**
	 * Removal as {@code {"value": ""}}, a first manager as the raw id string, a change as
	 * {@code {"value": id}}: the shapes of CLIENTS.md E05 f.
	 */
	private static ObjectNode managerOperation(@Nullable String wanted, @Nullable String actual) {
		if (wanted == null) {
			return ScimNodes.operation("Replace", MANAGER_PATH, ScimNodes.object().put("value", ""));
		}
		if (actual == null) {
			return ScimNodes.operation("Add", MANAGER_PATH, wanted);
		}
		return ScimNodes.operation("Replace", MANAGER_PATH, ScimNodes.object().put("value", wanted));
	}

	/**
	 * Membership export: removals first, in the default value-list shape or the
	 * filter-path shape; then additions, either all in one operation, in several
	 * operations of one request, or on-demand style in requests of at most five.
	 */
	private void exportMembers(SourceGroup group) {
		String id = this.groupIds.get(group.objectId);
		if (id == null || group.deleted) {
			return;
		}
		Set<String> exported = this.exportedMembers.computeIfAbsent(group.objectId,
				(key) -> Collections.synchronizedSet(new LinkedHashSet<>()));
		Set<String> wanted = desiredMembers(group);
		List<String> removals;
		List<String> additions;
		synchronized (exported) {
			removals = exported.stream().filter((member) -> !wanted.contains(member)).toList();
			additions = wanted.stream().filter((member) -> !exported.contains(member)).toList();
		}

		removeMembers(group, id, removals, exported);
		addMembers(group, id, additions, exported);
	}

	private Set<String> desiredMembers(SourceGroup group) {
		Set<String> wanted = new LinkedHashSet<>();
		group.members.stream().filter(this.userIds::containsKey).forEach(wanted::add);
		return wanted;
	}

	private void removeMembers(SourceGroup group, String id, List<String> removals, Set<String> exported) {
		if (removals.isEmpty()) {
			return;
		}
		List<ObjectNode> operations = new ArrayList<>();
		boolean valueList = !this.complianceFlag && style(group) % 2 == 0;
		if (valueList) {
			operations.add(ScimNodes.operation("Remove", "members", memberValues(removals)));
		}
		else {
			removals.forEach((member) -> operations
				.add(ScimNodes.operation("remove", "members[value eq \"" + this.userIds.get(member) + "\"]", null)));
		}
		String kind = valueList ? "remove members" : "remove members by filter";
		HttpResult result = this.connection.patch(kind, "/Groups/" + id, ScimNodes.patch(operations), 200, 204);
		if (result.status() / 100 == 2) {
			removals.forEach(exported::remove);
		}
	}

	private void addMembers(SourceGroup group, String id, List<String> additions, Set<String> exported) {
		int style = style(group) % 3;
		int chunk = (style == 0) ? 5 : (style == 1) ? Math.max(1, additions.size()) : 10;
		List<ObjectNode> operations = new ArrayList<>();
		for (int from = 0; from < additions.size(); from += chunk) {
			List<String> part = additions.subList(from, Math.min(additions.size(), from + chunk));
			operations.add(ScimNodes.operation(this.complianceFlag ? "add" : "Add", "members", memberValues(part)));
			if (style == 0 || from + chunk >= additions.size()) {
				List<String> sent = (style == 0) ? part : additions;
				HttpResult result = this.connection.patch("add members", "/Groups/" + id, ScimNodes.patch(operations),
						200, 204);
				if (result.status() / 100 == 2) {
					exported.addAll(sent);
				}
				operations.clear();
			}
		}
	}

	private ArrayNode memberValues(List<String> objectIds) {
		ArrayNode values = ScimNodes.array();
		objectIds.forEach((member) -> values.addObject().putNull("$ref").put("value", this.userIds.get(member)));
		return values;
	}

	/**
	 * Which request shapes a group gets in this cycle: by its position in the directory,
	 * so that every shape is sent in every cycle and a run can be replayed.
	 */
	private int style(SourceGroup group) {
		return (this.groupOrder.computeIfAbsent(group.objectId, (key) -> this.groupOrder.size()) + this.cycle) % 6;
	}

	private @Nullable JsonNode read(String kind, String path) {
		HttpResult result = this.connection.get(kind, path, 200);
		return (result.status() == 200) ? result.json() : null;
	}

	/**
	 * The only resource of a lookup's list response; more than one is Entra's
	 * {@code MultipleEntriesInResponse} error.
	 */
	private @Nullable JsonNode single(HttpResult result, boolean group) {
		if (result.status() != 200) {
			return null;
		}
		JsonNode resources = result.json().path("Resources");
		if (resources.size() > 1) {
			this.connection.problem("lookup answered " + resources.size() + " resources");
		}
		if (resources.isEmpty()) {
			return null;
		}
		JsonNode resource = resources.get(0);
		if (group) {
			checkNoMembers("lookup group", resource);
		}
		return resource;
	}

	private void checkNoMembers(String kind, JsonNode resource) {
		if (resource.has("members")) {
			this.connection.problem(kind + ": members returned despite excludedAttributes=members");
		}
	}

	private void expectEmptyList(HttpResult result) {
		JsonNode body = result.json();
		if (result.status() == 200 && !(body.path("totalResults").isIntegralNumber()
				&& body.path("totalResults").asInt() == 0 && body.path("Resources").isEmpty())) {
			this.connection.problem("probe: not an empty list response: " + result.body());
		}
	}

	private <T> void parallel(Collection<T> items, Consumer<T> action) {
		List<Future<?>> futures = new ArrayList<>();
		for (T item : items) {
			futures.add(this.workers.submit(() -> action.accept(item)));
		}
		for (Future<?> future : futures) {
			try {
				future.get();
			}
			catch (ExecutionException ex) {
				this.connection.problem("simulator failed: " + ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * A query value encoded as an HTML form encodes it, as Entra does: spaces as
	 * {@code +}, quotes as {@code %22}, {@code #} as {@code %23}.
	 */
	static String formEncoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static @Nullable JsonNode expectedName(SourceUser user) {
		return ScimNodes.objectOf(ScimNodes.entries("givenName", user.givenName, "familyName", user.surname,
				"formatted", user.formattedName()));
	}

	private static @Nullable JsonNode expectedEmails(SourceUser user) {
		if (user.mail == null) {
			return null;
		}
		ArrayNode emails = ScimNodes.array();
		ObjectNode email = emails.addObject();
		if (user.primaryEmail) {
			email.put("primary", true);
		}
		email.put("type", "work").put("value", user.mail);
		return emails;
	}

	/**
	 * One default attribute mapping: the SCIM attribute path Entra writes, the source
	 * value, and how Entra reads the current value from the service's answer.
	 */
	private record Mapping(String path, Function<SourceUser, @Nullable String> source,
			Function<JsonNode, @Nullable String> target) {

	}

}
