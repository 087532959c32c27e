package energy.foundation.identity.admin;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.access.Assignment;
import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.access.EffectiveRoles;
import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.RoleSource;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.Modification;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.support.ConsoleSignIn;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The instances pages of the tenant admin app: the list, an instance's roles (add,
 * rename, retire), assignments with the preview of a group's, who holds which role and
 * why, and the roles on a user's page; always within the signed-in administrator's
 * organisation.
 */
class InstancePagesIntegrationTests extends AdminPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ROLE_FIELD = Pattern.compile("name=\"role\" value=\"([^\"]*)\"");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	private Instances instances;

	@Autowired
	private Roles roles;

	@Autowired
	private RoleAssignments assignments;

	@Autowired
	private EffectiveRoles effectiveRoles;

	@Autowired
	private Directory directory;

	@Autowired
	private AuditLog auditLog;

	private Instance production;

	private Instance foreign;

	@BeforeEach
	void createInstances() {
		this.production = this.instances.create(this.organisation.id(), "Production");
		this.foreign = this.instances.create(this.otherOrganisation.id(), "Fabrikam Secret Instance");
	}

	@Test
	void instancesWhenSomeThenListsOwnOnlyFromNavigation() throws Exception {
		String page = this.mvc.perform(get("/admin/instances").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("href=\"/admin/instances\"", "aria-current=\"page\"", "Production",
					"href=\"/admin/instances/" + this.production.id() + "\"")
			.doesNotContain("Fabrikam Secret Instance");
	}

	@Test
	void instanceWhenOwnThenShowsDefaultRoles() throws Exception {
		this.mvc.perform(get("/admin/instances/" + this.production.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roles-table\"")))
			.andExpect(content().string(containsString(">Reader<")))
			.andExpect(content().string(containsString(">Contributor<")))
			.andExpect(content().string(containsString(">Administrator<")))
			.andExpect(content().string(containsString("id=\"no-holders\"")));
	}

	@Test
	void instanceWhenOtherOrganisationsOrMalformedThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/instances/" + this.foreign.id()).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")))
			.andExpect(content().string(not(containsString("Fabrikam Secret Instance"))));
		this.mvc.perform(get("/admin/instances/not-an-id").with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/instances/" + UUID.randomUUID()).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void addRoleWhenValidThenListedAndAudited() throws Exception {
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles").with(admin())
				.with(csrf())
				.param("name", "Auditor")
				.param("description", "Reads the audit trail"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/instances/" + this.production.id() + "#roles"))
			.andExpect(flash().attribute("notice", "Added the role Auditor."));

		assertThat(this.roles.list(this.organisation.id(), this.production.id(), false)).extracting(Role::name)
			.contains("Auditor");
		assertThat(audit()).extracting(AuditLogEntry::action).containsExactly("role.created");
	}

	@Test
	void addRoleWhenNameBlankOrTakenThenFormMessageAndNothingAdded() throws Exception {
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles").with(admin())
				.with(csrf())
				.param("name", "  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"role-error\"")))
			.andExpect(content().string(containsString("must not be blank")));
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles").with(admin())
				.with(csrf())
				.param("name", "reader"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("has an active role with this name already")));

		assertThat(this.roles.list(this.organisation.id(), this.production.id(), true)).hasSize(3);
		assertThat(audit()).isEmpty();
	}

	@Test
	void addRoleWhenNoCsrfTokenOrForeignInstanceThenRefused() throws Exception {
		this.mvc.perform(post("/admin/instances/" + this.production.id() + "/roles").with(admin()).param("name", "X"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/admin/instances/" + this.foreign.id() + "/roles").with(admin()).with(csrf()).param("name", "X"))
			.andExpect(status().isNotFound());

		assertThat(this.roles.list(this.otherOrganisation.id(), this.foreign.id(), true)).hasSize(3);
	}

	@Test
	void renameRoleWhenValidThenSavedAndErrorsShownAtTheRole() throws Exception {
		Role reader = role("Reader");

		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles/" + reader.id()).with(admin())
				.with(csrf())
				.param("name", "Viewer")
				.param("description", "Sees"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles/" + reader.id()).with(admin())
				.with(csrf())
				.param("name", "Contributor"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"edit-error-" + reader.id() + "\"")));

		assertThat(this.roles.find(this.organisation.id(), reader.id()).orElseThrow().name()).isEqualTo("Viewer");
	}

	@Test
	void retireRoleWhenConfirmedThenGoneFromActiveRoles() throws Exception {
		Role reader = role("Reader");

		this.mvc
			.perform(
					post("/admin/instances/" + this.production.id() + "/roles/" + reader.id() + "/retire").with(admin())
						.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Retired the role Reader. 0 users lost it."));

		assertThat(this.roles.find(this.organisation.id(), reader.id()).orElseThrow().retired()).isTrue();
		assertThat(audit()).extracting(AuditLogEntry::action).containsExactly("role.retired");
	}

	@Test
	void roleWhenOfAnotherInstanceThenNotFound() throws Exception {
		Role foreignRole = this.roles.list(this.otherOrganisation.id(), this.foreign.id(), false).get(0);

		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/roles/" + foreignRole.id() + "/retire")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.roles.find(this.otherOrganisation.id(), foreignRole.id()).orElseThrow().retired()).isFalse();
	}

	@Test
	void assignWhenSearchedThenFindsOwnUsersAndGroupsOnly() throws Exception {
		user(this.organisation.id(), "avery@contoso.com");
		group(this.organisation.id(), "Avery's team");
		user(this.otherOrganisation.id(), "avery@fabrikam.com");

		this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assign").with(admin())
				.param("role", role("Reader").id().toString())
				.param("q", "avery"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("avery@contoso.com")))
			.andExpect(content().string(containsString("Avery&#39;s team")))
			.andExpect(content().string(not(containsString("avery@fabrikam.com"))));
	}

	@Test
	void assignWhenSearchedThenRoleFixedForTheResultsWithChangeLink() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		StoredResource team = group(this.organisation.id(), "Avery's team");
		Role contributor = role("Contributor");

		String page = this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assign").with(admin())
				.param("role", contributor.id().toString())
				.param("q", "avery"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("id=\"assign-role-choice\"")
			.contains("id=\"assign-role-fixed\">Contributor<", "id=\"assign-role-change\"",
					"href=\"/admin/instances/" + this.production.id() + "/assign?role=" + contributor.id() + "\"",
					"name=\"role\" value=\"" + contributor.id() + "\"", "id=\"assign-user-" + avery.id() + "\"",
					"role=" + contributor.id() + "&amp;subjectType=group&amp;subjectId=" + team.id());
		assertThat(ROLE_FIELD.matcher(page).results().map((field) -> field.group(1))).hasSize(2)
			.containsOnly(contributor.id().toString());
	}

	@Test
	void assignWhenRoleNotYetChosenThenSelectOffersEveryRole() throws Exception {
		this.mvc.perform(get("/admin/instances/" + this.production.id() + "/assign").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assign-role-choice\"")))
			.andExpect(content().string(not(containsString("id=\"assign-role-fixed\""))));
	}

	@Test
	void assignWhenUserThenHoldsItDirectlyAndAudited() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		Role reader = role("Reader");

		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments").with(admin())
				.with(csrf())
				.param("role", reader.id().toString())
				.param("subjectType", "user")
				.param("subjectId", avery.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice",
					"Assigned the role Reader to the user avery@contoso.com. 1 user gained it."));

		this.mvc.perform(get("/admin/instances/" + this.production.id()).with(admin()))
			.andExpect(content().string(containsString("id=\"holder-" + avery.id() + "\"")))
			.andExpect(content().string(containsString("assigned directly")));
		assertThat(audit()).extracting(AuditLogEntry::action).containsExactly("role.assigned");
	}

	@Test
	void assignWhenSubjectUnknownThenNotFoundAndNothingSaved() throws Exception {
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments").with(admin())
				.with(csrf())
				.param("role", role("Reader").id().toString())
				.param("subjectType", "user")
				.param("subjectId", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));

		assertThat(this.assignments.list(this.organisation.id(), this.production.id())).isEmpty();
		assertThat(audit()).isEmpty();
	}

	@Test
	void assignWhenAdminNameLongThenSavedWithNameCutAt256() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		StoredResource blake = user(this.organisation.id(), "blake@contoso.com");
		String longest = "Avery " + "A".repeat(250);
		// a longer name whose 256th character is the first half of a surrogate pair
		String longer = "B".repeat(255) + "\uD83D\uDE00" + "C".repeat(10);

		assign(ConsoleSignIn.tenantAdministrator(this.organisation.id(), longest), avery);
		assign(ConsoleSignIn.tenantAdministrator(this.organisation.id(), longer), blake);

		assertThat(this.assignments.list(this.organisation.id(), this.production.id()))
			.extracting(Assignment::createdBy)
			.containsExactly(longest, "B".repeat(255));
		assertThat(audit()).extracting((entry) -> entry.actor().name())
			.containsExactlyInAnyOrder(longest, "B".repeat(255));
	}

	private void assign(RequestPostProcessor administrator, StoredResource user) throws Exception {
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments").with(administrator)
				.with(csrf())
				.param("role", role("Reader").id().toString())
				.param("subjectType", "user")
				.param("subjectId", user.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
	}

	@Test
	void previewWhenGroupThenShowsGainersAndSavesNothingUntilConfirmed() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		StoredResource blake = user(this.organisation.id(), "blake@contoso.com");
		StoredResource team = group(this.organisation.id(), "Team", avery.id(), blake.id());
		Role reader = role("Reader");

		this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assignments/preview").with(admin())
				.param("role", reader.id().toString())
				.param("subjectType", "group")
				.param("subjectId", team.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"preview-gaining\">2<")))
			.andExpect(content().string(containsString("id=\"preview-losing\">0<")))
			.andExpect(content().string(containsString("avery@contoso.com")));
		assertThat(this.assignments.list(this.organisation.id(), this.production.id())).isEmpty();

		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments").with(admin())
				.with(csrf())
				.param("role", reader.id().toString())
				.param("subjectType", "group")
				.param("subjectId", team.id().toString()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.effectiveRoles.of(this.organisation.id(), this.production.id(), blake.id()))
			.containsExactly(new EffectiveRole(reader.id(), "Reader", List.of(new RoleSource(team.id(), "Team"))));
		this.mvc.perform(get("/admin/instances/" + this.production.id()).with(admin()))
			.andExpect(content().string(containsString("via\n")))
			.andExpect(content().string(containsString(">Team</a>")));
	}

	@Test
	void unassignWhenGroupPreviewedAndConfirmedThenMembersLoseIt() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		StoredResource team = group(this.organisation.id(), "Team", avery.id());
		Role reader = role("Reader");
		this.assignments.assign(this.organisation.id(), reader.id(), Subject.group(team.id()), "Avery Admin");

		this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assignments/preview").with(admin())
				.param("role", reader.id().toString())
				.param("subjectType", "group")
				.param("subjectId", team.id().toString())
				.param("action", "unassign"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"preview-losing\">1<")));
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments/remove").with(admin())
				.with(csrf())
				.param("role", reader.id().toString())
				.param("subjectType", "group")
				.param("subjectId", team.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Took the role Reader from the group Team. 1 user lost it."));

		assertThat(this.effectiveRoles.of(this.organisation.id(), this.production.id(), avery.id())).isEmpty();
		assertThat(audit()).extracting(AuditLogEntry::action).containsExactly("role.unassigned");
	}

	@Test
	void previewWhenGroupOfOtherOrganisationThenNotFound() throws Exception {
		StoredResource foreignGroup = group(this.otherOrganisation.id(), "Fabrikam team");

		this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assignments/preview").with(admin())
				.param("role", role("Reader").id().toString())
				.param("subjectType", "group")
				.param("subjectId", foreignGroup.id().toString()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Fabrikam team"))));
		this.mvc
			.perform(post("/admin/instances/" + this.production.id() + "/assignments").with(admin())
				.with(csrf())
				.param("role", role("Reader").id().toString())
				.param("subjectType", "group")
				.param("subjectId", foreignGroup.id().toString()))
			.andExpect(status().isNotFound());

		assertThat(this.assignments.list(this.organisation.id(), this.production.id())).isEmpty();
	}

	@Test
	void holdersWhenMoreThanOnePageThenNextLinkLeadsToTheRest() throws Exception {
		StoredResource team = group(this.organisation.id(), "Team");
		for (int i = 0; i < InstancesController.HOLDERS_PAGE_SIZE + 2; i++) {
			StoredResource user = user(this.organisation.id(), "user" + String.format("%03d", i) + "@contoso.com");
			this.directory.modify(this.organisation.id(), ResourceType.GROUP, team.id(), null, false,
					(current) -> new Modification(current.attributes(),
							List.of(new MembershipChange.Add(Set.of(user.id())))));
		}
		this.assignments.assign(this.organisation.id(), role("Reader").id(), Subject.group(team.id()), null);
		String first = this.mvc.perform(get("/admin/instances/" + this.production.id()).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = first.replaceAll("(?s).*id=\"holders-next-page\" rel=\"next\" href=\"([^\"]*)\".*", "$1")
			.replace("&amp;", "&");

		String second = this.mvc.perform(get(next).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first).contains("user000@contoso.com", "user049@contoso.com").doesNotContain("user050@contoso.com");
		assertThat(second).contains("user050@contoso.com", "user051@contoso.com", "id=\"holders-first-page\"")
			.doesNotContain("user049@contoso.com", "id=\"holders-next-page\"");
	}

	@Test
	void userWhenHoldsRolesThenRolesSectionShowsEveryInstanceWithReason() throws Exception {
		StoredResource avery = user(this.organisation.id(), "avery@contoso.com");
		StoredResource team = group(this.organisation.id(), "Team", avery.id());
		Instance test = this.instances.create(this.organisation.id(), "Test");
		this.assignments.assign(this.organisation.id(), role("Contributor").id(), Subject.group(team.id()), null);

		String page = this.mvc.perform(get("/admin/users/" + avery.id()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("id=\"roles-heading\"", "id=\"roles-" + this.production.id() + "\"",
					"id=\"roles-" + test.id() + "\"", "<strong>Contributor</strong>", ">Team</a>", "No role")
			.doesNotContain("Fabrikam Secret Instance");
	}

	private Role role(String name) {
		return this.roles.list(this.organisation.id(), this.production.id(), false)
			.stream()
			.filter((role) -> role.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private StoredResource user(UUID organisationId, String userName) {
		ObjectNode attributes = JSON.createObjectNode().put("userName", userName).put("active", true);
		return this.directory.create(organisationId, ResourceType.USER, attributes, Set.of());
	}

	private StoredResource group(UUID organisationId, String displayName, UUID... members) {
		ObjectNode attributes = JSON.createObjectNode().put("displayName", displayName);
		return this.directory.create(organisationId, ResourceType.GROUP, attributes, Set.of(members));
	}

	private List<AuditLogEntry> audit() {
		return this.auditLog.search(AuditLogQuery.ofOrganisation(this.organisation.id(), 50))
			.entries()
			.stream()
			.filter((entry) -> entry.action().startsWith("role."))
			.toList();
	}

}
