package energy.foundation.identity.api;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.access.RoleSource;
import org.jspecify.annotations.Nullable;

/**
 * A role a user holds in the instance, with why.
 *
 * @param id the role's id
 * @param name its name
 * @param sources the assignments it comes from: direct, or through a group (the group the
 * role is assigned to, which the user belongs to directly or through nested groups)
 */
record RoleResponse(UUID id, String name, List<Source> sources) {

	static RoleResponse of(EffectiveRole role) {
		return new RoleResponse(role.roleId(), role.name(), role.sources().stream().map(Source::of).toList());
	}

	static List<RoleResponse> of(List<EffectiveRole> roles) {
		return roles.stream().map(RoleResponse::of).toList();
	}

	/**
	 * One assignment a role comes from.
	 *
	 * @param type {@code direct} or {@code group}
	 * @param groupId the group's id, for {@code group}
	 * @param groupName the group's display name, for {@code group}
	 */
	record Source(String type, @Nullable UUID groupId, @Nullable String groupName) {

		static Source of(RoleSource source) {
			UUID groupId = source.groupId();
			return (groupId != null) ? new Source("group", groupId, source.groupName())
					: new Source("direct", null, null);
		}

	}

}
