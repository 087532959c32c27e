package energy.foundation.identity.organisation;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which sign-in providers one organisation's people may use.
 *
 * @param enabled every provider, mapped to whether it is switched on
 */
public record SignInProviderSettings(Map<SignInProvider, Boolean> enabled) {

	public SignInProviderSettings {
		Map<SignInProvider, Boolean> complete = new EnumMap<>(SignInProvider.class);
		for (SignInProvider provider : SignInProvider.values()) {
			complete.put(provider, enabled.getOrDefault(provider, provider.enabledByDefault()));
		}
		enabled = Map.copyOf(complete);
	}

	/**
	 * Whether the provider is switched on.
	 */
	public boolean isEnabled(SignInProvider provider) {
		return Boolean.TRUE.equals(this.enabled.get(provider));
	}

	/**
	 * Whether Entra ID sign-in is switched on.
	 */
	public boolean entra() {
		return isEnabled(SignInProvider.ENTRA);
	}

	/**
	 * Whether Okta sign-in is switched on.
	 */
	public boolean okta() {
		return isEnabled(SignInProvider.OKTA);
	}

}
