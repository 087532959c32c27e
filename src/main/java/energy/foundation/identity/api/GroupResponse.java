package energy.foundation.identity.api;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.directory.ListedGroup;
import org.jspecify.annotations.Nullable;

/**
 * A group of the instance's organisation as the directory API shows it.
 *
 * @param id the group's id, stable for its life (roles assigned to it follow the id)
 * @param displayName its {@code displayName}
 * @param externalId its {@code externalId}, if any
 * @param memberCount how many direct members (users and groups) it has
 * @param created when it was provisioned
 * @param lastModified when it last changed
 */
record GroupResponse(UUID id, String displayName, @Nullable String externalId, long memberCount, Instant created,
		Instant lastModified) {

	static GroupResponse of(ListedGroup group) {
		return new GroupResponse(group.id(), group.displayName(), group.externalId(), group.memberCount(),
				group.created(), group.lastModified());
	}

}
