/**
 * The schemas of RFC 7643: attribute definitions of the User (§4.1), Group (§4.2) and
 * enterprise User extension (§4.3) schemas, their lookup by attribute path, and the
 * Schema resources served by discovery (§7).
 */
@NullMarked
package energy.foundation.identity.scim.schema;

import org.jspecify.annotations.NullMarked;
