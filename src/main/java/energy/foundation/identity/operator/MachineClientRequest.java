package energy.foundation.identity.operator;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /operator/api/organisations/{id}/instances/{id}/clients}.
 *
 * @param label what to call the machine client
 */
record MachineClientRequest(@Nullable String label) {

}
