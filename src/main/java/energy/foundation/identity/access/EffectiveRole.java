package energy.foundation.identity.access;

import java.util.List;
import java.util.UUID;

/**
 * A role a user holds in an instance, and why.
 *
 * @param roleId the role's id
 * @param name the role's current name
 * @param sources every reason the user holds it: assigned directly, or through an
 * assignment to a group the user belongs to directly or through nested groups; never
 * empty
 */
public record EffectiveRole(UUID roleId, String name, List<RoleSource> sources) {

	public EffectiveRole {
		sources = List.copyOf(sources);
	}

}
