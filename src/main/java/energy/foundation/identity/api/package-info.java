/**
 * The directory API for the platform's instances: what an instance reads about its users
 * and groups (with their effective roles in it), the change feed, and sign-in decisions.
 * An instance calls it with an access token of one of its machine clients, so the
 * instance is always the token's, never one named in a URL. Answers are JSON; errors are
 * RFC 9457 problem details.
 */
@NullMarked
package energy.foundation.identity.api;

import org.jspecify.annotations.NullMarked;
