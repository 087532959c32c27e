package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.ProvisioningEvent;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningResourceType;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read-only activity pages of the operator console: an organisation's provisioning
 * log and the audit log.
 */
class ActivityPagesIntegrationTests extends ConsolePageTestSupport {

	@Autowired
	private ProvisioningLog provisioningLog;

	@Autowired
	private AuditLog auditLog;

	@Test
	void provisioningLogWhenFilteredByOutcomeThenShowsOnlyThose() throws Exception {
		Organisation organisation = onboard("Log Co");
		logRequest(organisation.id(), "Created user", 201);
		logRequest(organisation.id(), "Rejected user", 409);

		this.mvc
			.perform(get("/operator/organisations/" + organisation.id() + "/provisioning-log")
				.param("outcome", "rejected")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rejected user")))
			.andExpect(content().string(not(containsString("Created user"))));
	}

	@Test
	void provisioningLogWhenMorePagesThenLinksToOlderEntries() throws Exception {
		Organisation organisation = onboard("Busy Log Co");
		for (int i = 0; i <= ProvisioningLogPageController.PAGE_SIZE; i++) {
			logRequest(organisation.id(), "Created user", 201);
		}

		this.mvc
			.perform(get("/operator/organisations/" + organisation.id() + "/provisioning-log")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"next-page\"")));
	}

	@Test
	void provisioningLogWhenCursorMalformedThenNewestEntriesWithMessage() throws Exception {
		Organisation organisation = onboard("Cursor Co");
		logRequest(organisation.id(), "Created user", 201);

		this.mvc
			.perform(get("/operator/organisations/" + organisation.id() + "/provisioning-log")
				.param("after", "%%not-a-cursor")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That page link is out of date")))
			.andExpect(content().string(containsString("Created user")));
	}

	@Test
	void provisioningLogWhenUnknownOrganisationThenNotFoundPage() throws Exception {
		this.mvc
			.perform(get("/operator/organisations/" + UUID.randomUUID() + "/provisioning-log")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void auditLogWhenFilteredByOrganisationThenShowsOnlyItsEntries() throws Exception {
		Organisation organisation = onboard("Audited Co");
		Organisation other = onboard("Other Audited Co");
		audit(organisation.id(), ActorKind.TENANT_ADMIN, "scim-credential.issued", "label Mine");
		audit(other.id(), ActorKind.OPERATOR, "instance.created", "name Theirs");

		this.mvc
			.perform(get("/operator/audit-log").param("organisation", organisation.id().toString())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("label Mine")))
			.andExpect(content().string(containsString("Audited Co")))
			.andExpect(content().string(not(containsString("name Theirs"))));
	}

	@Test
	void auditLogWhenFilteredByActorKindAndActionThenShowsOnlyMatches() throws Exception {
		Organisation organisation = onboard("Actor Co");
		audit(organisation.id(), ActorKind.TENANT_ADMIN, "scim-credential.issued", "by admin");
		audit(organisation.id(), ActorKind.OPERATOR, "scim-credential.issued", "by operator");

		this.mvc
			.perform(get("/operator/audit-log").param("organisation", organisation.id().toString())
				.param("actor", "TENANT_ADMIN")
				.param("action", "scim-credential.issued")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("by admin")))
			.andExpect(content().string(not(containsString("by operator"))));
	}

	@Test
	void auditLogWhenDayRangeExcludesEntriesThenNoEntries() throws Exception {
		Organisation organisation = onboard("Dated Co");
		audit(organisation.id(), ActorKind.OPERATOR, "instance.created", "name Today");

		this.mvc
			.perform(get("/operator/audit-log").param("organisation", organisation.id().toString())
				.param("from", "2001-01-01")
				.param("to", "2001-01-31")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-entries\"")));
	}

	@Test
	void auditLogWhenDateMalformedThenFormMessage() throws Exception {
		this.mvc.perform(get("/operator/audit-log").param("from", "yesterday").with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"filter-error-from\"")));
	}

	@Test
	void auditLogWhenOrganisationIdMalformedThenFormMessage() throws Exception {
		this.mvc.perform(get("/operator/audit-log").param("organisation", "contoso").with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"filter-error-organisation\"")));
	}

	@Test
	void auditLogWhenRequestedByHtmxThenOnlyResults() throws Exception {
		Organisation organisation = onboard("Htmx Co");
		audit(organisation.id(), ActorKind.OPERATOR, "instance.created", "name Partial");

		this.mvc
			.perform(get("/operator/audit-log").param("organisation", organisation.id().toString())
				.header("HX-Request", "true")
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-results\"")))
			.andExpect(content().string(containsString("name Partial")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void auditLogWhenMorePagesThenCursorLinksToOlderEntries() throws Exception {
		Organisation organisation = onboard("Paged Audit Co");
		for (int i = 0; i <= AuditLogPageController.PAGE_SIZE; i++) {
			audit(organisation.id(), ActorKind.OPERATOR, "instance.created", "name " + i);
		}

		this.mvc
			.perform(get("/operator/audit-log").param("organisation", organisation.id().toString())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"next-page\"")));
	}

	@Test
	void auditLogWhenTenantAdministratorThenForbidden() throws Exception {
		this.mvc.perform(get("/operator/audit-log").with(ConsoleSignIn.tenantAdministrator(UUID.randomUUID())))
			.andExpect(status().isForbidden());
	}

	private void logRequest(UUID organisationId, String summary, int status) {
		this.provisioningLog.record(new ProvisioningEvent(organisationId, Instant.now(),
				ProvisioningOperation.CREATE_USER, summary, ProvisioningResourceType.USER, UUID.randomUUID(), status,
				null, 5, UUID.randomUUID(), "fisc_abcdefg", List.of(), 0, 0, false, "request-1", null));
	}

	private void audit(UUID organisationId, ActorKind kind, String action, String detail) {
		this.auditLog.record(new AuditEvent(new Actor(kind, "someone", "Someone", "192.0.2.1"), organisationId, action,
				null, detail));
	}

}
