package energy.foundation.identity.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an effective role comes from: a group, or a direct assignment (both
 * {@code null}).
 *
 * @param groupId the group the role is assigned to
 * @param groupName its display name
 */
public record RoleSource(@Nullable UUID groupId, @Nullable String groupName) {

}
