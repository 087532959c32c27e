/**
 * Roles, their assignments to users and groups, and effective roles per instance.
 * <p>
 * On this branch only the contract the directory API compiles against is present, as a
 * placeholder; the access feature replaces it when it is merged.
 */
@NullMarked
package energy.foundation.identity.access;

import org.jspecify.annotations.NullMarked;
