/**
 * The strict PATCH core (RFC 7644 §3.5.2): applies canonical patch operations to a
 * resource's attribute document, all or nothing, and turns group {@code members}
 * operations into membership changes. Client habits are handled before, in
 * {@code scim.dialect}.
 */
@NullMarked
package energy.foundation.identity.scim.patch;

import org.jspecify.annotations.NullMarked;
