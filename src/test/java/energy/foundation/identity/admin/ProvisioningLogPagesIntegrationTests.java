package energy.foundation.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.activity.ProvisioningEvent;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningLogEntry;
import energy.foundation.identity.activity.ProvisioningLogQuery;
import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningResourceType;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provisioning log pages: the table with its filters and pages, an entry's detail
 * page, value capture, and nothing of another organisation. Subclasses choose the
 * database.
 */
abstract class ProvisioningLogPagesIntegrationTests extends AdminPageTests {

	@Autowired
	private ProvisioningLog log;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private ScimCredentials credentials;

	@Autowired
	private Directory directory;

	@Test
	void logWhenEmptyThenExplainsWhatToDo() throws Exception {
		this.mvc.perform(get("/admin/provisioning-log").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-log-entries\"")));
	}

	@Test
	void logWhenEntriesThenShowsOwnOnlyInPlainWords() throws Exception {
		UUID userId = UUID.randomUUID();
		record(this.organisation.id(), ProvisioningOperation.DISABLE_USER, "Disabled user", userId, 200, null,
				Instant.now());
		record(this.otherOrganisation.id(), ProvisioningOperation.DELETE_GROUP, "Deleted group", UUID.randomUUID(), 204,
				null, Instant.now());

		this.mvc.perform(get("/admin/provisioning-log").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"log-results-table\"")))
			.andExpect(content().string(containsString("Disable user")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + userId + "\"")))
			.andExpect(content().string(containsString("badge-ok")))
			.andExpect(content().string(not(containsString("Deleted group"))));
	}

	@Test
	void logWhenFilteredByOutcomeThenShowsThoseOnly() throws Exception {
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Created user", UUID.randomUUID(), 201, null,
				Instant.now());
		record(this.organisation.id(), ProvisioningOperation.QUERY_USERS, "Filter rejected", null, 400, "invalidFilter",
				Instant.now());

		this.mvc.perform(get("/admin/provisioning-log").param("outcome", "REJECTED").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalidFilter")))
			.andExpect(content().string(not(containsString("Created user"))));
	}

	@Test
	void logWhenFilteredByOperationThenShowsThoseOnly() throws Exception {
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Created user", UUID.randomUUID(), 201, null,
				Instant.now());
		record(this.organisation.id(), ProvisioningOperation.CREATE_GROUP, "Created group", UUID.randomUUID(), 201,
				null, Instant.now());

		this.mvc.perform(get("/admin/provisioning-log").param("operation", "CREATE_GROUP").with(admin()))
			.andExpect(content().string(containsString("Created group")))
			.andExpect(content().string(not(containsString("Created user"))));
	}

	@Test
	void logWhenFilteredByTimeRangeThenShowsThoseOnly() throws Exception {
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Old request", null, 201, null,
				Instant.parse("2026-01-01T10:00:00Z"));
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Newer request", null, 201, null,
				Instant.parse("2026-02-01T10:00:00Z"));

		this.mvc
			.perform(get("/admin/provisioning-log").param("from", "2026-01-15T00:00")
				.param("to", "2026-03-01T00:00")
				.with(admin()))
			.andExpect(content().string(containsString("Newer request")))
			.andExpect(content().string(not(containsString("Old request"))));
	}

	@Test
	void logWhenTimeMalformedThenFieldMessageAndUnfilteredList() throws Exception {
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Created user", null, 201, null,
				Instant.now());

		this.mvc.perform(get("/admin/provisioning-log").param("from", "yesterday").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"log-from-error\"")))
			.andExpect(content().string(containsString("Created user")));
	}

	@Test
	void logWhenCursorUnknownThenFirstPageWithNotice() throws Exception {
		record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Created user", null, 201, null,
				Instant.now());

		this.mvc.perform(get("/admin/provisioning-log").param("after", "garbage").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cursor-invalid\"")))
			.andExpect(content().string(containsString("Created user")));
	}

	@Test
	void logWhenMoreThanOnePageThenNextLinkLeadsToOlderEntries() throws Exception {
		Instant start = Instant.parse("2026-05-01T00:00:00Z");
		for (int i = 0; i < ProvisioningLogController.PAGE_SIZE + 1; i++) {
			record(this.organisation.id(), ProvisioningOperation.CREATE_USER, "Request " + (1000 + i), null, 201, null,
					start.plusSeconds(i));
		}
		String first = this.mvc.perform(get("/admin/provisioning-log").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = first.replaceAll("(?s).*id=\"log-next-page\" rel=\"next\" href=\"([^\"]*)\".*", "$1")
			.replace("&amp;", "&");

		String second = this.mvc.perform(get(next).with(admin())).andReturn().getResponse().getContentAsString();

		assertThat(first).contains("Request 1050", "Request 1001").doesNotContain("Request 1000");
		assertThat(second).contains("Request 1000").doesNotContain("Request 1001", "id=\"log-next-page\"");
	}

	@Test
	void logWhenHtmxRequestThenAnswersTableFragmentOnly() throws Exception {
		this.mvc.perform(get("/admin/provisioning-log").header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"log-results\"")))
			.andExpect(content().string(not(containsString("id=\"value-capture\""))));
	}

	@Test
	void entryWhenOwnThenShowsEveryField() throws Exception {
		UUID groupId = UUID.randomUUID();
		ProvisioningLogEntry entry = record(this.organisation.id(), ProvisioningOperation.UPDATE_GROUP, "Updated group",
				groupId, 200, null, Instant.now());

		this.mvc.perform(get("/admin/provisioning-log/" + entry.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Updated group")))
			.andExpect(content().string(containsString("displayName")))
			.andExpect(content().string(containsString(entry.requestId())))
			.andExpect(content().string(containsString("href=\"/admin/groups/" + groupId + "\"")))
			.andExpect(content().string(containsString("fisc_abcdefg")));
	}

	@Test
	void entryWhenOtherOrganisationsThenNotFoundShowingNothingOfIt() throws Exception {
		ProvisioningLogEntry foreign = record(this.otherOrganisation.id(), ProvisioningOperation.DELETE_USER,
				"Deleted secret user", UUID.randomUUID(), 204, null, Instant.now());

		this.mvc.perform(get("/admin/provisioning-log/" + foreign.id()).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Deleted secret user"))));
	}

	@Test
	void entryWhenIdMalformedThenNotFound() throws Exception {
		this.mvc.perform(get("/admin/provisioning-log/1234-not-an-id").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void valueCaptureWhenSwitchedOnThenOnAndAudited() throws Exception {
		this.mvc
			.perform(post("/admin/provisioning-log/value-capture").param("enabled", "true").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/provisioning-log#value-capture"));

		assertThat(this.log.valueCapture(this.organisation.id())).isTrue();
		assertThat(this.log.valueCapture(this.otherOrganisation.id())).isFalse();
		assertThat(audit()).extracting(AuditLogEntry::action).containsExactly("provisioning-log.value-capture-enabled");
	}

	@Test
	void valueCaptureWhenSwitchedOffThenOff() throws Exception {
		this.log.setValueCapture(this.organisation.id(), true);

		this.mvc.perform(
				post("/admin/provisioning-log/value-capture").param("enabled", "false").with(admin()).with(csrf()));

		assertThat(this.log.valueCapture(this.organisation.id())).isFalse();
	}

	@Test
	void userWhenHistoryExistsThenShowsRequestsAboutThatUserOnly() throws Exception {
		UUID userId = user("avery@contoso.com");
		record(this.organisation.id(), ProvisioningOperation.UPDATE_USER, "Updated Avery", userId, 200, null,
				Instant.now());
		record(this.organisation.id(), ProvisioningOperation.UPDATE_USER, "Updated someone else", UUID.randomUUID(),
				200, null, Instant.now());

		this.mvc.perform(get("/admin/users/" + userId).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Updated Avery")))
			.andExpect(content().string(not(containsString("Updated someone else"))));
	}

	@Test
	void credentialsWhenGeneratedAndRevokedThenBothAudited() throws Exception {
		String page = this.mvc.perform(post("/admin/credentials").param("label", "Audited").with(admin()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*id=\"secret\"[^>]*>(fisc_[A-Za-z0-9_-]{43})<.*", "$1");
		UUID credentialId = this.credentials.list(this.organisation.id()).get(0).id();

		this.mvc.perform(post("/admin/credentials/" + credentialId + "/revoke").with(admin()).with(csrf()));

		assertThat(audit()).extracting(AuditLogEntry::action)
			.containsExactlyInAnyOrder("scim-credential.issued", "scim-credential.revoked");
		assertThat(audit()).allSatisfy((entry) -> {
			assertThat(entry.actor().kind()).isEqualTo(ActorKind.TENANT_ADMIN);
			assertThat(entry.actor().name()).isEqualTo("Avery Admin");
			assertThat(entry.target()).isEqualTo(credentialId.toString());
			assertThat(entry.detail()).contains("Audited").doesNotContain(secret);
		});
	}

	private UUID user(String userName) {
		ObjectNode user = JsonMapper.builder().build().createObjectNode();
		user.put("userName", userName);
		return this.directory.create(this.organisation.id(), ResourceType.USER, user, Set.of()).id();
	}

	private List<AuditLogEntry> audit() {
		return this.auditLog.search(AuditLogQuery.ofOrganisation(this.organisation.id(), 50)).entries();
	}

	private ProvisioningLogEntry record(UUID organisationId, ProvisioningOperation operation, String summary,
			UUID resourceId, int status, String scimType, Instant at) {
		String requestId = "request-" + UUID.randomUUID();
		ProvisioningResourceType type = operation.name().contains("GROUP") ? ProvisioningResourceType.GROUP
				: ProvisioningResourceType.USER;
		this.log.record(new ProvisioningEvent(organisationId, at, operation, summary,
				(resourceId != null) ? type : null, resourceId, status, scimType, 12, UUID.randomUUID(), "fisc_abcdefg",
				List.of("displayName"), 0, 0, false, requestId, null));
		return this.log.search(organisationId, ProvisioningLogQuery.latest(200))
			.entries()
			.stream()
			.filter((entry) -> entry.requestId().equals(requestId))
			.findFirst()
			.orElseThrow();
	}

}
