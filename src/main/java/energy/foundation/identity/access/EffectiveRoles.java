package energy.foundation.identity.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The effective roles of users in an instance. Placeholder of the contract on the
 * directory API's branch, where no role can be assigned yet: it answers that nobody holds
 * a role. The access feature's implementation replaces it when both are merged.
 */
@Service
public final class EffectiveRoles {

	/**
	 * The current effective roles of a user in an instance.
	 */
	public List<EffectiveRole> of(UUID organisationId, UUID instanceId, UUID userId) {
		return List.of();
	}

	/**
	 * The current effective roles of each given user in an instance; users without roles
	 * have no entry.
	 */
	public Map<UUID, List<EffectiveRole>> of(UUID organisationId, UUID instanceId, Collection<UUID> userIds) {
		return Map.of();
	}

}
