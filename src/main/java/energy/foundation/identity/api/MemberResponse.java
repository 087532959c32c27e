package energy.foundation.identity.api;

import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.directory.MemberSummary;

/**
 * A direct member of a group.
 *
 * @param id the member's id
 * @param type {@code user} or {@code group} (groups may be nested)
 * @param displayName a user's display name, else its {@code userName}; a group's
 * {@code displayName}
 */
record MemberResponse(UUID id, String type, String displayName) {

	static MemberResponse of(MemberSummary member) {
		return new MemberResponse(member.id(), member.type().scimName().toLowerCase(Locale.ROOT), member.displayName());
	}

}
