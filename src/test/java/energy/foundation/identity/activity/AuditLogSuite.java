package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.support.LiveServiceTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The audit log: actions recorded by the consoles and read back page by page, newest
 * first, by organisation, actor kind and action. A second organisation's actions never
 * show up in the first one's search.
 */
abstract class AuditLogSuite extends LiveServiceTests {

	@Autowired
	private AuditLog auditLog;

	private UUID organisation;

	private UUID otherOrganisation;

	private Actor operator;

	@BeforeEach
	void prepare() {
		this.organisation = UUID.randomUUID();
		this.otherOrganisation = UUID.randomUUID();
		this.operator = new Actor(ActorKind.OPERATOR, "op-" + this.organisation, "Sam Support", "192.0.2.7");
	}

	@Test
	void searchWhenOrganisationGivenThenOnlyItsActionsNewestFirst() {
		this.auditLog.record(new AuditEvent(this.operator, this.organisation, "organisation.created", null, null));
		this.auditLog.record(new AuditEvent(this.operator, this.otherOrganisation, "organisation.created", null, null));
		this.auditLog.record(new AuditEvent(this.operator, this.organisation, "organisation.suspended",
				this.organisation.toString(), "asked by the customer"));

		AuditLogPage page = this.auditLog.search(AuditLogQuery.ofOrganisation(this.organisation, 50));

		assertThat(page.entries()).extracting(AuditLogEntry::action)
			.containsExactly("organisation.suspended", "organisation.created");
		assertThat(page.entries().get(0).actor()).isEqualTo(this.operator);
		assertThat(page.entries().get(0).detail()).isEqualTo("asked by the customer");
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void searchWhenActorKindAndActionGivenThenOnlyThose() {
		this.auditLog.record(new AuditEvent(this.operator, this.organisation, "scim-credential.issued", "c1", null));
		this.auditLog.record(new AuditEvent(Actor.system(), this.organisation, "scim-credential.issued", "c2", null));
		this.auditLog.record(new AuditEvent(Actor.system(), this.organisation, "provisioning-log.pruned", null, null));

		AuditLogPage page = this.auditLog.search(
				new AuditLogQuery(this.organisation, ActorKind.SYSTEM, "scim-credential.issued", null, null, null, 50));

		assertThat(page.entries()).extracting(AuditLogEntry::target).containsExactly("c2");
		assertThat(page.entries().get(0).actor().kind()).isEqualTo(ActorKind.SYSTEM);
	}

	@Test
	void searchWhenPagedThenEveryEntryOnce() {
		for (int i = 0; i < 5; i++) {
			this.auditLog.record(new AuditEvent(this.operator, this.organisation, "instance.created", "i" + i, null));
		}

		List<String> targets = new ArrayList<>();
		AuditLogQuery query = AuditLogQuery.ofOrganisation(this.organisation, 2);
		AuditLogPage page;
		do {
			page = this.auditLog.search(query);
			page.entries().forEach((entry) -> targets.add(entry.target()));
			query = query.after(page.nextCursor());
		}
		while (page.nextCursor() != null);

		assertThat(targets).containsExactlyInAnyOrder("i0", "i1", "i2", "i3", "i4");
	}

	@Test
	void searchWhenTimeRangeGivenThenOnlyInside() {
		this.auditLog.record(new AuditEvent(this.operator, this.organisation, "organisation.created", null, null));

		AuditLogPage future = this.auditLog
			.search(new AuditLogQuery(this.organisation, null, null, Instant.now().plusSeconds(3600), null, null, 50));
		AuditLogPage past = this.auditLog.search(new AuditLogQuery(this.organisation, null, null,
				Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60), null, 50));

		assertThat(future.entries()).isEmpty();
		assertThat(past.entries()).hasSize(1);
	}

	@Test
	void searchWhenCursorIsForgedThenIllegalArgument() {
		AuditLogQuery query = new AuditLogQuery(null, null, null, null, null, "not-a-cursor", 10);

		assertThatIllegalArgumentException().isThrownBy(() -> this.auditLog.search(query));
	}

}
