package energy.foundation.identity.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users and groups pages and their detail pages: search, filters, keyset pages, every
 * attribute, and nothing of another organisation. Subclasses choose the database.
 */
abstract class DirectoryPagesIntegrationTests extends AdminPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Directory directory;

	@Test
	void usersWhenNoneThenExplainsWhatToDo() throws Exception {
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-users\"")));
	}

	@Test
	void usersWhenSomeThenListsOwnOnlyWithGuestBadgeAndHomeDomain() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\",\"displayName\":\"Avery Ng\"}");
		user(this.organisation.id(),
				"{\"userName\":\"sam.lee@fabrikam.com\",\"externalId\":\"sam.lee_fabrikam.com#EXT#\"}");
		user(this.otherOrganisation.id(), "{\"userName\":\"hidden@fabrikam.com\"}");

		String page = this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("avery@contoso.com", "Avery Ng", "sam.lee@fabrikam.com", ">Guest<", "from fabrikam.com")
			.doesNotContain("hidden@fabrikam.com");
	}

	@Test
	void usersWhenSearchedThenShowsMatchesOnly() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		user(this.organisation.id(), "{\"userName\":\"blake@contoso.com\"}");

		this.mvc.perform(get("/admin/users").param("q", "AVERY").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("avery@contoso.com")))
			.andExpect(content().string(not(containsString("blake@contoso.com"))));
	}

	@Test
	void usersWhenFilteredToGuestsThenShowsGuestsOnly() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		user(this.organisation.id(),
				"{\"userName\":\"sam.lee@fabrikam.com\",\"externalId\":\"sam.lee_fabrikam.com#EXT#\"}");

		this.mvc.perform(get("/admin/users").param("type", "guest").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sam.lee@fabrikam.com")))
			.andExpect(content().string(not(containsString("avery@contoso.com"))));
	}

	@Test
	void usersWhenFilteredToDisabledThenShowsDisabledOnly() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\",\"active\":true}");
		user(this.organisation.id(), "{\"userName\":\"left@contoso.com\",\"active\":false}");

		this.mvc.perform(get("/admin/users").param("status", "disabled").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("left@contoso.com")))
			.andExpect(content().string(not(containsString("avery@contoso.com"))));
	}

	@Test
	void usersWhenFilterMatchesNothingThenSaysSo() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");

		this.mvc.perform(get("/admin/users").param("q", "nobody").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-matching-users\"")));
	}

	@Test
	void usersWhenMoreThanOnePageThenNextLinkLeadsToTheRest() throws Exception {
		for (int i = 0; i < UsersController.PAGE_SIZE + 2; i++) {
			user(this.organisation.id(), "{\"userName\":\"user" + String.format("%03d", i) + "@contoso.com\"}");
		}
		String first = this.mvc.perform(get("/admin/users").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = first.replaceAll("(?s).*id=\"users-next-page\" rel=\"next\" href=\"([^\"]*)\".*", "$1")
			.replace("&amp;", "&");

		String second = this.mvc.perform(get(next).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first).contains("user000@contoso.com", "user049@contoso.com").doesNotContain("user050@contoso.com");
		assertThat(second).contains("user050@contoso.com", "user051@contoso.com", "id=\"users-first-page\"")
			.doesNotContain("user049@contoso.com", "id=\"users-next-page\"");
	}

	@Test
	void usersWhenCursorUnknownThenFirstPageWithNotice() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");

		this.mvc.perform(get("/admin/users").param("after", "not a cursor!").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cursor-invalid\"")))
			.andExpect(content().string(containsString("avery@contoso.com")));
	}

	@Test
	void usersWhenCursorHasNulThenFirstPageWithNotice() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString("a\0".getBytes(StandardCharsets.UTF_8));

		this.mvc.perform(get("/admin/users").param("after", cursor).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cursor-invalid\"")))
			.andExpect(content().string(containsString("avery@contoso.com")));
	}

	@Test
	void usersWhenSearchHasNulThenSearchedWithoutIt() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		user(this.organisation.id(), "{\"userName\":\"blake@contoso.com\"}");

		this.mvc.perform(get("/admin/users").param("q", "ave\0ry").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("avery@contoso.com")))
			.andExpect(content().string(not(containsString("blake@contoso.com"))));
	}

	@Test
	void usersWhenHtmxRequestThenAnswersResultsFragmentOnly() throws Exception {
		user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");

		this.mvc.perform(get("/admin/users").header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andExpect(content().string(containsString("id=\"user-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void userWhenOwnThenShowsEveryAttributeGroupsAndManagerLink() throws Exception {
		StoredResource manager = user(this.organisation.id(), "{\"userName\":\"boss@contoso.com\"}");
		StoredResource user = user(this.organisation.id(), """
				{"userName":"avery@contoso.com","displayName":"Avery Ng","title":"Engineer",
				 "name":{"givenName":"Avery","familyName":"Ng"},
				 "emails":[{"type":"work","value":"avery@contoso.com","primary":true}],
				 "phoneNumbers":[{"type":"mobile","value":"+44 7700 900123"}],
				 "addresses":[{"type":"work","locality":"Leeds","country":"GB"}],
				 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
				   {"department":"Research","manager":{"value":"%s"}},
				 "urn:example:custom:1.0:User":{"badge":"B-17"}}
				""".formatted(manager.id()));
		group(this.organisation.id(), "Engineering", user.id());

		String page = this.mvc.perform(get("/admin/users/" + user.id()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Avery Ng", "Engineer", "Avery", "Ng", "+44 7700 900123", "Leeds", "Research",
				"id=\"manager-link\"", "href=\"/admin/users/" + manager.id() + "\"", "urn:example:custom:1.0:User",
				"B-17", ">Engineering</a>");
	}

	@Test
	void userWhenScimRolesSentThenOwnSectionApartFromInstanceRoles() throws Exception {
		StoredResource sent = user(this.organisation.id(), """
				{"userName":"avery@contoso.com","roles":[{"value":"Approver","primary":false}],"entitlements":[]}
				""");

		String page = this.mvc.perform(get("/admin/users/" + sent.id()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Roles from the identity provider", "Approver")
			.doesNotContain("Entitlements")
			.containsOnlyOnce("id=\"roles-heading\"");
	}

	@Test
	void userWhenOtherOrganisationsThenNotFoundShowingNothingOfIt() throws Exception {
		StoredResource foreign = user(this.otherOrganisation.id(), "{\"userName\":\"secret.person@fabrikam.com\"}");

		this.mvc.perform(get("/admin/users/" + foreign.id()).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")))
			.andExpect(content().string(not(containsString("secret.person"))));
	}

	@Test
	void userWhenIdMalformedThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/12345").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void groupsWhenSomeThenListsOwnOnlyWithMemberCounts() throws Exception {
		StoredResource user = user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		group(this.organisation.id(), "Engineering", user.id());
		group(this.otherOrganisation.id(), "Hidden Group");

		this.mvc.perform(get("/admin/groups").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Engineering")))
			.andExpect(content().string(not(containsString("Hidden Group"))));
	}

	@Test
	void groupsWhenNoneThenExplainsWhatToDo() throws Exception {
		this.mvc.perform(get("/admin/groups").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-groups\"")));
	}

	@Test
	void groupsWhenSearchedThenShowsMatchesOnly() throws Exception {
		group(this.organisation.id(), "Engineering");
		group(this.organisation.id(), "Sales");

		this.mvc.perform(get("/admin/groups").param("q", "sal").with(admin()))
			.andExpect(content().string(containsString("Sales")))
			.andExpect(content().string(not(containsString("Engineering"))));
	}

	@Test
	void groupWhenOwnThenListsMembersWithLinks() throws Exception {
		StoredResource user = user(this.organisation.id(), "{\"userName\":\"avery@contoso.com\"}");
		StoredResource nested = group(this.organisation.id(), "Nested");
		StoredResource group = group(this.organisation.id(), "Engineering", user.id(), nested.id());

		this.mvc.perform(get("/admin/groups/" + group.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/users/" + user.id() + "\"")))
			.andExpect(content().string(containsString("href=\"/admin/groups/" + nested.id() + "\"")));
	}

	@Test
	void groupWhenManyMembersThenPagesThem() throws Exception {
		UUID[] members = new UUID[GroupsController.PAGE_SIZE + 1];
		for (int i = 0; i < members.length; i++) {
			members[i] = user(this.organisation.id(), "{\"userName\":\"m" + String.format("%03d", i) + "@c.com\"}")
				.id();
		}
		StoredResource group = group(this.organisation.id(), "Everyone", members);

		this.mvc.perform(get("/admin/groups/" + group.id()).with(admin()))
			.andExpect(content().string(containsString("m049@c.com")))
			.andExpect(content().string(not(containsString("m050@c.com"))))
			.andExpect(content().string(containsString("id=\"members-next-page\"")));
	}

	@Test
	void groupWhenOtherOrganisationsThenNotFoundShowingNothingOfIt() throws Exception {
		StoredResource foreign = group(this.otherOrganisation.id(), "Secret Project");

		this.mvc.perform(get("/admin/groups/" + foreign.id()).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Secret Project"))));
	}

	private StoredResource user(UUID organisationId, String json) {
		return this.directory.create(organisationId, ResourceType.USER, (ObjectNode) JSON.readTree(json), Set.of());
	}

	private StoredResource group(UUID organisationId, String displayName, UUID... members) {
		ObjectNode group = JSON.createObjectNode();
		group.put("displayName", displayName);
		return this.directory.create(organisationId, ResourceType.GROUP, group, Set.of(members));
	}

}
