package energy.foundation.identity.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer organisation (a tenant), onboarded by its Entra ID tenant.
 *
 * @param id the organisation's id, part of its SCIM base URL
 * @param name the display name given by the operator
 * @param entraTenantId the Microsoft Entra ID tenant (directory) id, unique across
 * organisations
 * @param status whether the organisation may use the service
 * @param createdAt when the organisation was onboarded
 */
public record Organisation(UUID id, String name, UUID entraTenantId, OrganisationStatus status, Instant createdAt) {

}
