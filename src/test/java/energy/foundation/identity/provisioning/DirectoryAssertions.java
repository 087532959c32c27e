package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares what an organisation's SCIM endpoints hold with what a provider simulator
 * expects: every user and group read by id, and the list of all of them read page by
 * page.
 */
final class DirectoryAssertions {

	private static final int PAGE = 37;

	private DirectoryAssertions() {
	}

	/**
	 * Asserts that the organisation holds exactly these users and groups, with these
	 * values and exactly these members.
	 */
	static void assertDirectoryMatches(HttpCaller scim, List<ExpectedUser> users, List<ExpectedGroup> groups) {
		SoftAssertions softly = new SoftAssertions();
		users.forEach((user) -> assertUser(softly, scim, user));
		groups.forEach((group) -> assertGroup(softly, scim, group));
		softly.assertThat(listedIds(softly, scim, "/Users"))
			.as("ids listed on /Users")
			.containsExactlyInAnyOrderElementsOf(users.stream().map(ExpectedUser::id).toList());
		softly.assertThat(listedIds(softly, scim, "/Groups"))
			.as("ids listed on /Groups")
			.containsExactlyInAnyOrderElementsOf(groups.stream().map(ExpectedGroup::id).toList());
		softly.assertAll();
	}

	private static void assertUser(SoftAssertions softly, HttpCaller scim, ExpectedUser expected) {
		HttpResult result = scim.get("/Users/" + expected.id());
		softly.assertThat(result.status()).as("GET user %s", expected.id()).isEqualTo(200);
		if (result.status() != 200) {
			return;
		}
		JsonNode user = result.json();
		String label = "user " + expected.id() + " ";
		softly.assertThat(ScimNodes.text(user.get("userName"))).as(label + "userName").isEqualTo(expected.userName());
		softly.assertThat(ScimNodes.text(user.get("externalId")))
			.as(label + "externalId")
			.isEqualTo(expected.externalId());
		softly.assertThat(user.path("active").isBoolean()).as(label + "active is a boolean").isTrue();
		softly.assertThat(user.path("active").asBoolean()).as(label + "active").isEqualTo(expected.active());
		softly.assertThat(ScimNodes.text(user.get("displayName")))
			.as(label + "displayName")
			.isEqualTo(expected.displayName());
		softly.assertThat(present(user.get("name"))).as(label + "name").isEqualTo(expected.name());
		softly.assertThat(present(user.get("emails"))).as(label + "emails").isEqualTo(expected.emails());
		softly.assertThat(ScimNodes.managerId(user)).as(label + "manager").isEqualTo(expected.managerId());
		softly.assertThat(user.has("password")).as(label + "returns a password").isFalse();
	}

	private static void assertGroup(SoftAssertions softly, HttpCaller scim, ExpectedGroup expected) {
		HttpResult result = scim.get("/Groups/" + expected.id());
		softly.assertThat(result.status()).as("GET group %s", expected.id()).isEqualTo(200);
		if (result.status() != 200) {
			return;
		}
		JsonNode group = result.json();
		String label = "group " + expected.id() + " ";
		softly.assertThat(ScimNodes.text(group.get("displayName")))
			.as(label + "displayName")
			.isEqualTo(expected.displayName());
		softly.assertThat(ScimNodes.text(group.get("externalId")))
			.as(label + "externalId")
			.isEqualTo(expected.externalId());
		List<String> members = values(group.path("members"), (member) -> ScimNodes.text(member.get("value")));
		softly.assertThat(members).as(label + "members").containsExactlyInAnyOrderElementsOf(expected.memberIds());
	}

	/**
	 * Every id of a resource type, read page by page as Okta's import and Entra's account
	 * discovery read them; a page that repeats an id is a failure.
	 */
	static List<String> listedIds(SoftAssertions softly, HttpCaller scim, String endpoint) {
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int startIndex = 1;
		int total = Integer.MAX_VALUE;
		while (startIndex <= total) {
			HttpResult page = scim.get(endpoint + "?startIndex=" + startIndex + "&count=" + PAGE);
			softly.assertThat(page.status()).as("GET %s page at %d", endpoint, startIndex).isEqualTo(200);
			JsonNode body = page.json();
			if (page.status() != 200 || body.path("Resources").isEmpty()) {
				break;
			}
			total = body.path("totalResults").asInt();
			for (JsonNode resource : body.path("Resources")) {
				String id = ScimNodes.text(resource.get("id"));
				softly.assertThat(seen.add(String.valueOf(id))).as("%s listed twice", id).isTrue();
				ids.add(id);
			}
			startIndex += body.path("Resources").size();
		}
		return ids;
	}

	private static <T> List<T> values(JsonNode array, Function<JsonNode, T> mapper) {
		List<T> values = new ArrayList<>();
		array.forEach((element) -> values.add(mapper.apply(element)));
		return values;
	}

	private static @Nullable JsonNode present(@Nullable JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
	}

}
