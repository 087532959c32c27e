package energy.foundation.identity.organisation;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which sign-in providers one organisation's people may use, and the Okta issuer they
 * must come through.
 *
 * @param enabled every provider, mapped to whether it is switched on
 * @param oktaIssuer the issuer ({@code iss}) of the organisation's Okta authorization
 * server, without a trailing slash; {@code null} until an operator sets it, and Okta
 * sign-ins are refused until then
 */
public record SignInProviderSettings(Map<SignInProvider, Boolean> enabled, @Nullable String oktaIssuer) {

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
