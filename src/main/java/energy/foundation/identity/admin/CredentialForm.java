package energy.foundation.identity.admin;

import org.jspecify.annotations.Nullable;

/**
 * What the "Generate a SCIM credential" form sends.
 *
 * @param label the name for the credential
 * @param expires the last day it works ({@code yyyy-MM-dd}), or empty for never
 */
record CredentialForm(@Nullable String label, @Nullable String expires) {

	static CredentialForm empty() {
		return new CredentialForm("", "");
	}

}
