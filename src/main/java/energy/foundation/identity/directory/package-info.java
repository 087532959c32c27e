/**
 * Users, groups and memberships of each organisation: their lifecycle and their storage,
 * and the translation of SCIM filters into SQL. Every query is scoped by organisation.
 */
@NullMarked
package energy.foundation.identity.directory;

import org.jspecify.annotations.NullMarked;
