/**
 * Organisations: the customers (tenants) of the service, each identified by its Microsoft
 * Entra ID tenant, with their lifecycle (active, suspended), their instances and their
 * sign-in providers.
 */
@NullMarked
package energy.foundation.identity.organisation;

import org.jspecify.annotations.NullMarked;
