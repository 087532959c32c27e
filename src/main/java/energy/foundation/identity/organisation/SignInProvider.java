package energy.foundation.identity.organisation;

import java.util.Locale;

/**
 * An identity provider through which an organisation's people may sign in to its
 * instances.
 */
public enum SignInProvider {

	/**
	 * Microsoft Entra ID, the organisation's own tenant; on by default.
	 */
	ENTRA(true),

	/**
	 * Okta, the legacy option; off by default.
	 */
	OKTA(false);

	private final boolean enabledByDefault;

	SignInProvider(boolean enabledByDefault) {
		this.enabledByDefault = enabledByDefault;
	}

	/**
	 * Whether a newly onboarded organisation may sign in with this provider.
	 */
	public boolean enabledByDefault() {
		return this.enabledByDefault;
	}

	/**
	 * The lower-case word stored in the database and used as the JSON key.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SignInProvider ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
