package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A group as the platform's instances read it.
 *
 * @param id the group's id
 * @param displayName its {@code displayName}
 * @param externalId its {@code externalId}, if any
 * @param memberCount how many direct members it has (users and groups)
 * @param created when it was provisioned
 * @param lastModified when it last changed
 */
public record ListedGroup(UUID id, String displayName, @Nullable String externalId, long memberCount, Instant created,
		Instant lastModified) {

	@Override
	public String toString() {
		return "ListedGroup[id=" + this.id + ", memberCount=" + this.memberCount + "]";
	}

}
