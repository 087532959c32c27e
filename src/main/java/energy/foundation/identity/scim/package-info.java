/**
 * The SCIM 2.0 protocol (RFC 7643, RFC 7644): endpoints, schemas and discovery, list and
 * search, PATCH, errors, and the dialect layer that turns Entra ID and Okta habits into
 * canonical operations before the strict core sees them.
 */
@NullMarked
package energy.foundation.identity.scim;

import org.jspecify.annotations.NullMarked;
