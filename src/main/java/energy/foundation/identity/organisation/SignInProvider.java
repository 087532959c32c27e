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
	ENTRA(true, "Entra ID"),

	/**
	 * Okta, the legacy option; off by default.
	 */
	OKTA(false, "Okta");

	private final boolean enabledByDefault;

	private final String displayName;

	SignInProvider(boolean enabledByDefault, String displayName) {
		this.enabledByDefault = enabledByDefault;
		this.displayName = displayName;
	}

	/**
	 * Whether a newly onboarded organisation may sign in with this provider.
	 */
	public boolean enabledByDefault() {
		return this.enabledByDefault;
	}

	/**
	 * The provider's short name for people, such as {@code Entra ID}.
	 */
	public String displayName() {
		return this.displayName;
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
