package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import energy.foundation.identity.support.HttpResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays Okta's SCIM 2.0 client against one organisation, following CLIENTS.md §8:
 * {@code %20}-encoded lookups with {@code startIndex=1&count=100}, creates with a
 * placeholder {@code password} and {@code groups: []}, profile updates as GET then PUT of
 * the object read, deactivation as a path-less {@code replace {"active": false}}, group
 * push (create with {@code members: []}, add with {@code display}, rename with the id in
 * the value) and imports paged by 100. Requests stop at the first answer Okta would not
 * accept only where the next step needs its result; every other problem is noted.
 */
final class OktaSimulator {

	private final ProviderConnection connection;

	private final Map<String, OktaUser> users = new LinkedHashMap<>();

	private final Map<String, OktaGroup> groups = new LinkedHashMap<>();

	OktaSimulator(ProviderConnection connection) {
		this.connection = connection;
	}

	ProviderConnection connection() {
		return this.connection;
	}

	/**
	 * "Test API credentials": the two constant list requests.
	 */
	void testCredentials() {
		expectListCounters(this.connection.get("okta test users", "/Users?startIndex=1&count=2", 200));
		expectListCounters(this.connection.get("okta test groups", "/Groups?startIndex=1&count=100", 200));
	}

	/**
	 * Assigns a user to the application: lookup by {@code userName}, then create.
	 */
	OktaUser assign(String login, String firstName, String lastName, String oktaId) {
		OktaUser user = new OktaUser(login, firstName, lastName, oktaId);
		String filter = "userName eq \"" + login + "\"";
		HttpResult lookup = this.connection.get("okta lookup user",
				"/Users?filter=" + EntraSimulator.formEncoded(filter).replace("+", "%20") + "&startIndex=1&count=100",
				200);
		expectListCounters(lookup);
		if (lookup.json().path("totalResults").asInt() != 0) {
			this.connection.problem("okta lookup user: " + login + " already exists in this organisation");
		}
		HttpResult created = this.connection.post("okta create user", "/Users", createBody(user), 201);
		if (created.status() == 201) {
			user.id = String.valueOf(ScimNodes.text(created.json().get("id")));
			expectNoPassword("okta create user", created.json());
			this.users.put(user.id, user);
		}
		return user;
	}

	/**
	 * A profile update: Okta reads the user, changes its copy and PUTs all of it back,
	 * with {@code password} and an empty {@code groups} list that must not touch
	 * memberships.
	 */
	void updateProfile(OktaUser user, String lastName, String displayName) {
		HttpResult read = this.connection.get("okta get user", "/Users/" + user.id, 200);
		if (read.status() != 200) {
			return;
		}
		ObjectNode body = (ObjectNode) read.json();
		body.withObject("name").put("familyName", lastName);
		body.put("displayName", displayName);
		body.put("password", "tmp-Q9v!x" + user.oktaId.hashCode());
		body.putArray("groups");

		HttpResult updated = this.connection.put("okta put user", "/Users/" + user.id, body, 200);
		if (updated.status() == 200) {
			user.lastName = lastName;
			user.displayName = displayName;
			expectNoPassword("okta put user", updated.json());
		}
	}

	/**
	 * Deactivation or reactivation: a path-less {@code replace} of {@code active}.
	 */
	void setActive(OktaUser user, boolean active) {
		ObjectNode value = ScimNodes.object().put("active", active);
		HttpResult result = this.connection.patch("okta set active", "/Users/" + user.id,
				ScimNodes.patch(List.of(ScimNodes.operation("replace", null, value))), 200, 204);
		if (result.status() / 100 == 2) {
			user.active = active;
		}
	}

	/**
	 * Group push: create the group empty, then add its members with their display names.
	 */
	OktaGroup push(String displayName, List<OktaUser> members) {
		OktaGroup group = new OktaGroup(displayName);
		ObjectNode body = ScimNodes.object();
		body.putArray("schemas").add(ScimNodes.CORE_GROUP);
		body.put("displayName", displayName);
		body.putArray("members");
		HttpResult created = this.connection.post("okta create group", "/Groups", body, 201);
		if (created.status() != 201) {
			return group;
		}
		group.id = String.valueOf(ScimNodes.text(created.json().get("id")));
		this.groups.put(group.id, group);

		addMembers(group, members);
		return group;
	}

	void addMembers(OktaGroup group, List<OktaUser> members) {
		ArrayNode values = ScimNodes.array();
		members.forEach((member) -> values.addObject().put("value", member.id).put("display", member.login));
		HttpResult result = this.connection.patch("okta add members", "/Groups/" + group.id,
				ScimNodes.patch(List.of(ScimNodes.operation("add", "members", values))), 200, 204);
		if (result.status() / 100 == 2) {
			members.forEach((member) -> group.memberIds.add(member.id));
		}
	}

	void removeMember(OktaGroup group, OktaUser member) {
		HttpResult result = this.connection.patch("okta remove member", "/Groups/" + group.id,
				ScimNodes
					.patch(List.of(ScimNodes.operation("remove", "members[value eq \"" + member.id + "\"]", null))),
				200, 204);
		if (result.status() / 100 == 2) {
			group.memberIds.remove(member.id);
		}
	}

	/**
	 * A rename, as Okta sends it with every push: path-less {@code replace} with the
	 * group's id inside the value.
	 */
	void rename(OktaGroup group, String displayName) {
		ObjectNode value = ScimNodes.object().put("id", group.id).put("displayName", displayName);
		HttpResult result = this.connection.patch("okta rename group", "/Groups/" + group.id,
				ScimNodes.patch(List.of(ScimNodes.operation("replace", null, value))), 200, 204);
		if (result.status() / 100 == 2) {
			group.displayName = displayName;
		}
	}

	/**
	 * An import: {@code startIndex=1&count=100}, then the next hundred, until
	 * {@code totalResults}. Answers the ids read, in order.
	 */
	List<String> importUsers() {
		List<String> ids = new ArrayList<>();
		int startIndex = 1;
		int total = 1;
		while (startIndex <= total) {
			HttpResult page = this.connection.get("okta import users", "/Users?startIndex=" + startIndex + "&count=100",
					200);
			expectListCounters(page);
			JsonNode body = page.json();
			total = body.path("totalResults").asInt();
			JsonNode resources = body.path("Resources");
			if (page.status() != 200 || resources.isEmpty()) {
				break;
			}
			resources.forEach((resource) -> ids.add(ScimNodes.text(resource.get("id"))));
			startIndex += resources.size();
		}
		return ids;
	}

	List<ExpectedUser> expectedUsers() {
		return this.users.values().stream().map(OktaUser::expected).toList();
	}

	List<ExpectedGroup> expectedGroups() {
		return this.groups.values()
			.stream()
			.map((group) -> new ExpectedGroup(group.id, group.displayName, null, Set.copyOf(group.memberIds)))
			.toList();
	}

	private static ObjectNode createBody(OktaUser user) {
		ObjectNode body = ScimNodes.object();
		body.putArray("schemas").add(ScimNodes.CORE_USER);
		body.put("userName", user.login);
		body.putObject("name").put("givenName", user.firstName).put("familyName", user.lastName);
		body.putArray("emails").addObject().put("primary", true).put("value", user.login).put("type", "work");
		body.put("displayName", user.displayName);
		body.put("locale", "en-GB");
		body.put("externalId", user.oktaId);
		body.putArray("groups");
		body.put("password", "tmp-Xq83pw1");
		body.put("active", true);
		return body;
	}

	private void expectListCounters(HttpResult result) {
		JsonNode body = result.json();
		if (result.status() == 200 && !(body.path("totalResults").isIntegralNumber()
				&& body.path("startIndex").isIntegralNumber() && body.path("itemsPerPage").isIntegralNumber())) {
			this.connection.problem("okta: list counters are not integers: " + body.path("totalResults") + " "
					+ body.path("startIndex") + " " + body.path("itemsPerPage"));
		}
	}

	private void expectNoPassword(String kind, JsonNode user) {
		if (user.has("password")) {
			this.connection.problem(kind + ": password returned");
		}
	}

	/**
	 * A user as Okta holds it: its login, profile and the Okta user id sent as
	 * {@code externalId}.
	 */
	static final class OktaUser {

		final String login;

		final String firstName;

		final String oktaId;

		String lastName;

		String displayName;

		boolean active = true;

		String id = "";

		OktaUser(String login, String firstName, String lastName, String oktaId) {
			this.login = login;
			this.firstName = firstName;
			this.lastName = lastName;
			this.oktaId = oktaId;
			this.displayName = firstName + " " + lastName;
		}

		ExpectedUser expected() {
			ObjectNode name = ScimNodes.object().put("givenName", this.firstName).put("familyName", this.lastName);
			ArrayNode emails = ScimNodes.array();
			emails.addObject().put("primary", true).put("value", this.login).put("type", "work");
			return new ExpectedUser(this.id, this.login, this.oktaId, this.active, this.displayName, name, emails,
					null);
		}

	}

	/**
	 * A pushed group and the ids of the members Okta pushed.
	 */
	static final class OktaGroup {

		final Set<String> memberIds = new LinkedHashSet<>();

		String displayName;

		String id = "";

		OktaGroup(String displayName) {
			this.displayName = displayName;
		}

	}

}
