package energy.foundation.identity.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One reason a user holds a role: the group the role is assigned to, or nothing for a
 * role assigned to the user directly.
 *
 * @param groupId the group the role is assigned to; {@code null} when assigned directly
 * @param groupName the group's current {@code displayName}; {@code null} when assigned
 * directly
 */
public record RoleSource(@Nullable UUID groupId, @Nullable String groupName) {

	/**
	 * The role is assigned to the user.
	 */
	public static final RoleSource DIRECT = new RoleSource(null, null);

	/**
	 * Whether the role is assigned to the user directly.
	 */
	public boolean direct() {
		return this.groupId == null;
	}

}
