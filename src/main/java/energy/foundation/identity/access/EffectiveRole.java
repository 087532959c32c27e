package energy.foundation.identity.access;

import java.util.List;
import java.util.UUID;

/**
 * A role a user holds in an instance, with why.
 *
 * @param roleId the role's id
 * @param name its name
 * @param sources the assignments it comes from
 */
public record EffectiveRole(UUID roleId, String name, List<RoleSource> sources) {

}
