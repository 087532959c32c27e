/**
 * Foundation Identity: who may use which instance of the Foundation platform.
 */
@NullMarked
package energy.foundation.identity;

import org.jspecify.annotations.NullMarked;
