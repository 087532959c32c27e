/**
 * The client dialect layer: turns what Microsoft Entra ID and Okta actually send (string
 * booleans, flattened path-less PATCH values, the shapes of {@code manager}, Entra's
 * member removal with a value list, Okta's {@code groups: []} and {@code password}) into
 * the canonical operations and attribute documents the strict core expects. Each habit is
 * documented where it is handled, with the client that needs it.
 */
@NullMarked
package energy.foundation.identity.scim.dialect;

import org.jspecify.annotations.NullMarked;
