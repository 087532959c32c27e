/**
 * Cross-cutting wiring: the security filter chains, request ids and the logging context,
 * request size limits and the clock.
 */
@NullMarked
package energy.foundation.identity.system;

import org.jspecify.annotations.NullMarked;
