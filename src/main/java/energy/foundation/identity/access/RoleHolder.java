package energy.foundation.identity.access;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user who holds roles in an instance, with the roles and why.
 *
 * @param userId the user's id
 * @param userName the user's {@code userName}
 * @param displayName the user's {@code displayName}, if any
 * @param roles the roles the user holds in the instance, by name
 */
public record RoleHolder(UUID userId, String userName, @Nullable String displayName, List<EffectiveRole> roles) {

	public RoleHolder {
		roles = List.copyOf(roles);
	}

	/**
	 * Ids and sizes only: names are personal data.
	 */
	@Override
	public String toString() {
		return "RoleHolder[userId=" + this.userId + ", roles=" + this.roles.size() + "]";
	}

}
