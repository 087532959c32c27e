package energy.foundation.identity.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the access records show of themselves: ids and counts, never the names of people.
 */
class AccessRecordsTests {

	private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	private final Role role = new Role(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Reader", "",
			RoleStatus.ACTIVE, NOW, null);

	@Test
	void toStringWhenAssignmentThenIdsWithoutNames() {
		Subject subject = Subject.user(UUID.randomUUID());
		Assignment assignment = new Assignment(this.role.id(), "Reader", subject, "avery@contoso.com", NOW,
				"Blake Admin");

		String text = assignment.toString();

		assertThat(text).contains(this.role.id().toString(), subject.id().toString()).doesNotContain("avery", "Blake");
	}

	@Test
	void toStringWhenPreviewThenCountsWithoutExampleNames() {
		Subject subject = Subject.group(UUID.randomUUID());
		AssignmentPreview preview = new AssignmentPreview(this.role, subject, true, false, 3, 2, 0,
				List.of("avery@contoso.com", "blake@contoso.com"));

		String text = preview.toString();

		assertThat(text).contains(this.role.id().toString(), subject.id().toString(), "gaining=2", "examples=2")
			.doesNotContain("avery", "blake");
	}

}
