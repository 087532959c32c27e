/**
 * SCIM errors (RFC 7644 §3.12): the exception every part of the protocol raises and the
 * writer of the error body, shared by the endpoints and by the request pipeline in front
 * of them.
 */
@NullMarked
package energy.foundation.identity.scim.error;

import org.jspecify.annotations.NullMarked;
