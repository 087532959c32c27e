package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A group as a list shows it.
 *
 * @param id the group's id
 * @param displayName its {@code displayName}
 * @param memberCount how many direct members it has (users and groups)
 * @param lastModified when it last changed
 */
public record GroupSummary(UUID id, String displayName, long memberCount, Instant lastModified) {

	@Override
	public String toString() {
		return "GroupSummary[id=" + this.id + ", memberCount=" + this.memberCount + "]";
	}

}
