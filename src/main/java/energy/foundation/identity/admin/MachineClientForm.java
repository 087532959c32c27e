package energy.foundation.identity.admin;

import org.jspecify.annotations.Nullable;

/**
 * What the "Create a machine client" form sends.
 *
 * @param label the name for the client
 */
record MachineClientForm(@Nullable String label) {

	static MachineClientForm empty() {
		return new MachineClientForm("");
	}

}
