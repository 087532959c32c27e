package energy.foundation.identity.provisioning;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the service must hold for one user once a provider's requests are applied.
 *
 * @param id the service's id of the user
 * @param userName the expected {@code userName}
 * @param externalId the expected {@code externalId}
 * @param active the expected {@code active}
 * @param displayName the expected {@code displayName}
 * @param name the expected {@code name} object, or {@code null} when absent
 * @param emails the expected {@code emails} array, or {@code null} when absent
 * @param managerId the id of the expected manager, or {@code null} when none
 */
record ExpectedUser(String id, String userName, String externalId, boolean active, String displayName,
		@Nullable JsonNode name, @Nullable JsonNode emails, @Nullable String managerId) {

}
