/**
 * Credentials and authenticating with them: SCIM secrets, each bound to one organisation,
 * and the operator tokens of the vendor's support staff. Secrets are stored only as keyed
 * hashes.
 */
@NullMarked
package energy.foundation.identity.credential;

import org.jspecify.annotations.NullMarked;
