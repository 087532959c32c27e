package energy.foundation.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.directory.GroupSummary;
import energy.foundation.identity.directory.ListedUser;
import org.jspecify.annotations.Nullable;

/**
 * A user of the instance's organisation as the directory API shows it.
 *
 * @param id the user's id, stable for its life
 * @param userName its {@code userName} (for Entra ID the user principal name)
 * @param externalId its {@code externalId}, if any
 * @param displayName its {@code displayName}, if any
 * @param givenName its given name, if any
 * @param familyName its family name, if any
 * @param email its primary e-mail address, if any
 * @param active whether it may sign in
 * @param guest whether it is an Entra ID B2B guest
 * @param created when it was provisioned
 * @param lastModified when it or its group memberships last changed
 * @param effectiveRoles its roles in the instance, with why; empty for a disabled user
 * @param groups the groups it directly belongs to; only when one user is read
 */
record UserResponse(UUID id, String userName, @Nullable String externalId, @Nullable String displayName,
		@Nullable String givenName, @Nullable String familyName, @Nullable String email, boolean active, boolean guest,
		Instant created, Instant lastModified, List<RoleResponse> effectiveRoles,
		@Nullable List<GroupReference> groups) {

	static UserResponse of(ListedUser user, List<EffectiveRole> roles, @Nullable List<GroupSummary> groups) {
		return new UserResponse(user.id(), user.userName(), user.externalId(), user.displayName(), user.givenName(),
				user.familyName(), user.email(), user.active(), user.guest(), user.created(), user.lastModified(),
				RoleResponse.of(roles), (groups != null) ? groups.stream().map(GroupReference::of).toList() : null);
	}

	@Override
	public String toString() {
		return "UserResponse[id=" + this.id + "]";
	}

	/**
	 * A group the user directly belongs to.
	 *
	 * @param id the group's id
	 * @param displayName its {@code displayName}
	 */
	record GroupReference(UUID id, String displayName) {

		static GroupReference of(GroupSummary group) {
			return new GroupReference(group.id(), group.displayName());
		}

	}

}
