package energy.foundation.identity.admin;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviders;
import energy.foundation.identity.signin.LinkedIdentity;
import energy.foundation.identity.signin.SignInClaims;
import energy.foundation.identity.signin.SignInDecision;
import energy.foundation.identity.signin.SignInDecisions;
import energy.foundation.identity.signin.SignInLinks;
import energy.foundation.identity.support.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in links on a user's page: the identities each instance linked to the user
 * through a sign-in decision, and unlinking one so that the next allowed sign-in links
 * the person again; always within the signed-in administrator's organisation.
 */
class SignInLinksPageIntegrationTests extends AdminPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OKTA_ISSUER = "https://contoso.okta.com/oauth2/default";

	private static final Actor MACHINE_CLIENT = new Actor(ActorKind.MACHINE_CLIENT, UUID.randomUUID().toString(),
			"Production backend", null);

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
	private Directory directory;

	@Autowired
	private SignInDecisions decisions;

	@Autowired
	private SignInLinks links;

	@Autowired
	private SignInProviders providers;

	@Autowired
	private AuditLog auditLog;

	private Instance production;

	private Instance foreign;

	private StoredResource avery;

	@BeforeEach
	void createInstancesAndUser() {
		this.production = this.instances.create(this.organisation.id(), "Production");
		this.foreign = this.instances.create(this.otherOrganisation.id(), "Fabrikam Secret Instance");
		this.avery = user(this.organisation, this.production, "avery@contoso.com", null);
	}

	@Test
	void userWhenNoLinkThenSaysSo() throws Exception {
		this.mvc.perform(get(page(this.avery)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sign-in-links-heading\"")))
			.andExpect(content().string(containsString("id=\"no-sign-in-links\"")))
			.andExpect(content().string(not(containsString("id=\"sign-in-links-table\""))));
	}

	@Test
	void userWhenSignedInThroughEntraThenListsLinkWithObjectIdAndTime() throws Exception {
		String objectId = UUID.randomUUID().toString();
		signIn(this.organisation, this.production, objectId, "avery@contoso.com");
		LinkedIdentity link = this.links.of(this.organisation.id(), this.avery.id()).get(0);

		String body = this.mvc.perform(get(page(this.avery)).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body)
			.contains("id=\"sign-in-link-" + this.production.id() + "-entra\"", ">Production</a>", ">Entra ID<",
					objectId, new DisplayTimes().text(link.linkedAt()),
					"action=\"" + unlink(this.avery, this.production, "entra") + "\"", "name=\"_csrf\"",
					"<details class=\"confirm\">")
			.doesNotContain("id=\"no-sign-in-links\"");
	}

	@Test
	void userWhenSignedInThroughOktaThenListsIssuerAndSubject() throws Exception {
		this.providers.setEnabled(this.organisation.id(), SignInProvider.OKTA, true);
		this.providers.setOktaIssuer(this.organisation.id(), OKTA_ISSUER);
		StoredResource blake = user(this.organisation, this.production, "blake@contoso.com", "00u1blake");
		SignInDecision decision = this.decisions.decide(this.organisation.id(), this.production.id(),
				new SignInClaims.Okta(OKTA_ISSUER, "00u1blake"), MACHINE_CLIENT);

		String body = this.mvc.perform(get(page(blake)).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(decision.linkedNow()).isTrue();
		assertThat(body).contains("id=\"sign-in-link-" + this.production.id() + "-okta\"", ">Okta<", OKTA_ISSUER,
				"00u1blake", "action=\"" + unlink(blake, this.production, "okta") + "\"");
	}

	@Test
	void userWhenOtherOrganisationHasLinksThenShowsOwnOnly() throws Exception {
		StoredResource foreignUser = user(this.otherOrganisation, this.foreign, "avery@contoso.com", null);
		String foreignObjectId = UUID.randomUUID().toString();
		signIn(this.otherOrganisation, this.foreign, foreignObjectId, "avery@contoso.com");

		this.mvc.perform(get(page(this.avery)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-sign-in-links\"")))
			.andExpect(content().string(not(containsString(foreignObjectId))))
			.andExpect(content().string(not(containsString("Fabrikam Secret Instance"))));
		this.mvc.perform(get(page(foreignUser)).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(foreignObjectId))));
	}

	@Test
	void unlinkWhenLinkOfAnotherOrganisationThenNotFoundAndKept() throws Exception {
		StoredResource foreignUser = user(this.otherOrganisation, this.foreign, "avery@contoso.com", null);
		signIn(this.otherOrganisation, this.foreign, UUID.randomUUID().toString(), "avery@contoso.com");

		this.mvc.perform(post(unlink(foreignUser, this.foreign, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("id=\"not-found\"")));
		this.mvc.perform(post(unlink(this.avery, this.foreign, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(unlink(foreignUser, this.production, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.links.of(this.otherOrganisation.id(), foreignUser.id())).singleElement()
			.satisfies((link) -> assertThat(link.instance().id()).isEqualTo(this.foreign.id()));
		assertThat(unlinkAudit()).isEmpty();
	}

	@Test
	void unlinkWhenIdsMalformedOrUnknownThenNotFound() throws Exception {
		signIn(this.organisation, this.production, UUID.randomUUID().toString(), "avery@contoso.com");
		String instance = this.production.id().toString();
		String user = this.avery.id().toString();
		List<String> paths = List.of(path("not-a-uuid", instance, "entra"), path(user, "not-a-uuid", "entra"),
				path(UUID.randomUUID().toString(), instance, "entra"),
				path(user, UUID.randomUUID().toString(), "entra"), path(user, instance, "google"),
				path(user, instance, "ENTRA"));

		for (String path : paths) {
			this.mvc.perform(post(path).with(admin()).with(csrf())).andExpect(status().isNotFound());
		}

		assertThat(this.links.of(this.organisation.id(), this.avery.id())).hasSize(1);
		assertThat(unlinkAudit()).isEmpty();
	}

	@Test
	void unlinkWhenNoCsrfTokenThenForbiddenAndKept() throws Exception {
		signIn(this.organisation, this.production, UUID.randomUUID().toString(), "avery@contoso.com");

		this.mvc.perform(post(unlink(this.avery, this.production, "entra")).with(admin()))
			.andExpect(status().isForbidden());

		assertThat(this.links.of(this.organisation.id(), this.avery.id())).hasSize(1);
	}

	@Test
	void unlinkWhenLinkedThenRemovedRedirectedAndAudited() throws Exception {
		String objectId = UUID.randomUUID().toString();
		signIn(this.organisation, this.production, objectId, "avery@contoso.com");

		this.mvc.perform(post(unlink(this.avery, this.production, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page(this.avery) + "#sign-in-links"))
			.andExpect(flash().attribute("notice", startsWith("Unlinked the Entra ID identity in Production.")));

		assertThat(this.links.of(this.organisation.id(), this.avery.id())).isEmpty();
		assertThat(unlinkAudit()).singleElement().satisfies((entry) -> {
			assertThat(entry.actor().kind()).isEqualTo(ActorKind.TENANT_ADMIN);
			assertThat(entry.target()).isEqualTo(this.avery.id().toString());
			assertThat(entry.detail()).contains("entra", objectId, this.production.id().toString())
				.doesNotContain("avery");
		});
	}

	@Test
	void unlinkWhenAlreadyUnlinkedThenRedirectsWithoutSecondAudit() throws Exception {
		signIn(this.organisation, this.production, UUID.randomUUID().toString(), "avery@contoso.com");
		this.mvc.perform(post(unlink(this.avery, this.production, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(post(unlink(this.avery, this.production, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page(this.avery) + "#sign-in-links"))
			.andExpect(flash().attribute("notice", startsWith("Nothing needed to be done")));

		assertThat(unlinkAudit()).hasSize(1);
	}

	@Test
	void userWhenNoticeFlashedThenShowsIt() throws Exception {
		this.mvc.perform(get(page(this.avery)).with(admin()).flashAttr("notice", "Unlinked the identity."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice\" role=\"status\">Unlinked the identity.<")));
	}

	@Test
	void decideWhenUnlinkedThenNextSignInLinksAgain() throws Exception {
		String objectId = UUID.randomUUID().toString();
		signIn(this.organisation, this.production, objectId, "avery@contoso.com");
		String newObjectId = UUID.randomUUID().toString();
		SignInDecision refused = decide(this.organisation, this.production, newObjectId, "avery@contoso.com");
		this.mvc.perform(post(unlink(this.avery, this.production, "entra")).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		SignInDecision decision = decide(this.organisation, this.production, newObjectId, "avery@contoso.com");

		assertThat(refused.allowed()).isFalse();
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.linkedNow()).isTrue();
		assertThat(decision.user()).isNotNull().satisfies((user) -> assertThat(user.id()).isEqualTo(this.avery.id()));
		assertThat(this.links.of(this.organisation.id(), this.avery.id())).singleElement()
			.satisfies((link) -> assertThat(link.subject()).isEqualTo(newObjectId));
	}

	private StoredResource user(Organisation organisation, Instance instance, String userName,
			@Nullable String externalId) {
		ObjectNode attributes = JSON.createObjectNode().put("userName", userName).put("active", true);
		if (externalId != null) {
			attributes.put("externalId", externalId);
		}
		StoredResource user = this.directory.create(organisation.id(), ResourceType.USER, attributes, Set.of());
		UUID reader = this.roles.list(organisation.id(), instance.id(), false)
			.stream()
			.filter((role) -> role.name().equals("Reader"))
			.findFirst()
			.orElseThrow()
			.id();
		this.assignments.assign(organisation.id(), reader, Subject.user(user.id()), null);
		return user;
	}

	private void signIn(Organisation organisation, Instance instance, String objectId, String userName) {
		SignInDecision decision = decide(organisation, instance, objectId, userName);
		// without a new link every test below would pass on an empty section
		assertThat(decision.linkedNow()).isTrue();
	}

	private SignInDecision decide(Organisation organisation, Instance instance, String objectId, String userName) {
		return this.decisions.decide(organisation.id(), instance.id(),
				new SignInClaims.Entra(organisation.entraTenantId(), objectId, userName), MACHINE_CLIENT);
	}

	private List<AuditLogEntry> unlinkAudit() {
		return this.auditLog.search(AuditLogQuery.ofOrganisation(this.organisation.id(), 50))
			.entries()
			.stream()
			.filter((entry) -> entry.action().equals("identity.unlinked"))
			.toList();
	}

	private static String page(StoredResource user) {
		return "/admin/users/" + user.id();
	}

	private static String unlink(StoredResource user, Instance instance, String provider) {
		return path(user.id().toString(), instance.id().toString(), provider);
	}

	private static String path(String userId, String instanceId, String provider) {
		return "/admin/users/" + userId + "/sign-in-links/" + instanceId + "/" + provider + "/unlink";
	}

}
