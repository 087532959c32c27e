package energy.foundation.identity.operator;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /operator/api/organisations}.
 *
 * @param name the organisation's display name
 * @param entraTenantId the Entra ID tenant id as a GUID
 */
record OrganisationRequest(@Nullable String name, @Nullable String entraTenantId) {

}
