package energy.foundation.identity.provisioning;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the service must hold for one group once a provider's requests are applied.
 *
 * @param id the service's id of the group
 * @param displayName the expected {@code displayName}
 * @param externalId the expected {@code externalId}, or {@code null} when none is sent
 * @param memberIds the service's ids of exactly the expected members
 */
record ExpectedGroup(String id, String displayName, @Nullable String externalId, Set<String> memberIds) {

}
