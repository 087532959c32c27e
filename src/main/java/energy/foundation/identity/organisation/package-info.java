/**
 * Organisations: the customers (tenants) of the service, each identified by its Microsoft
 * Entra ID tenant.
 */
@NullMarked
package energy.foundation.identity.organisation;

import org.jspecify.annotations.NullMarked;
