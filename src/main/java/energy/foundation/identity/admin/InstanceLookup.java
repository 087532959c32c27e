package energy.foundation.identity.admin;

import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;

import org.springframework.stereotype.Component;

/**
 * Finds the instance and role that a URL of the instance pages names, within the
 * signed-in administrator's organisation only: another organisation's id, an unknown id
 * and a malformed one all end on the one not-found page.
 */
@Component
class InstanceLookup {

	private final Instances instances;

	private final Roles roles;

	InstanceLookup(Instances instances, Roles roles) {
		this.instances = instances;
		this.roles = roles;
	}

	Instance instance(TenantAdministrator administrator, String instanceId) {
		return this.instances.find(administrator.organisationId(), AdminIds.parse(instanceId))
			.orElseThrow(PageNotFoundException::new);
	}

	Role role(TenantAdministrator administrator, Instance instance, String roleId) {
		return this.roles.find(administrator.organisationId(), AdminIds.parse(roleId))
			.filter((role) -> role.instanceId().equals(instance.id()))
			.orElseThrow(PageNotFoundException::new);
	}

}
