package energy.foundation.identity.access;

import java.util.List;

import energy.foundation.identity.organisation.Instance;

/**
 * The roles a user holds in one instance.
 *
 * @param instance the instance
 * @param roles the roles, by name, with why; empty when the user holds none there
 */
public record InstanceRoles(Instance instance, List<EffectiveRole> roles) {

	public InstanceRoles {
		roles = List.copyOf(roles);
	}

}
