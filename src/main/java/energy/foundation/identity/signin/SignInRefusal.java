package energy.foundation.identity.signin;

import java.util.Locale;

/**
 * Why a person may not sign in to an instance.
 */
public enum SignInRefusal {

	/**
	 * No provisioned user of the organisation is, or can be linked to, this identity.
	 */
	UNKNOWN_PERSON,

	/**
	 * The user is disabled ({@code active} is false).
	 */
	DISABLED,

	/**
	 * The organisation has switched this sign-in provider off.
	 */
	PROVIDER_DISABLED,

	/**
	 * The organisation has not configured this provider fully: Okta has no issuer set.
	 */
	PROVIDER_NOT_CONFIGURED,

	/**
	 * The user holds no role in the instance.
	 */
	NO_ROLE,

	/**
	 * The Entra ID tenant, or the Okta issuer, is not the organisation's.
	 */
	WRONG_TENANT,

	/**
	 * The identity cannot be told apart or is linked otherwise: several users match it,
	 * or the user is already linked to another identity of this provider in the instance.
	 */
	IDENTITY_CONFLICT;

	/**
	 * The reason code on the wire, such as {@code no_role}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
