package energy.foundation.identity.admin;

import java.io.Serial;
import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Why a tenant administrator's sign-in was refused, kept in the session for the refusal
 * page. It holds the tenant id the person came with and nothing of any organisation.
 *
 * @param reason why
 * @param tenantId the Entra tenant id of the ID token, when there was one
 */
record SignInRefusal(Reason reason, @Nullable String tenantId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The session attribute that holds the refusal. */
	static final String SESSION_ATTRIBUTE = SignInRefusal.class.getName();

	/**
	 * The reasons, each with its own explanation on the page.
	 */
	enum Reason {

		/** No organisation is onboarded for the tenant. */
		NOT_ONBOARDED,

		/** The person lacks the Tenant Administrator app role. */
		ROLE_MISSING,

		/** The organisation is onboarded but not active. */
		SUSPENDED,

		/** The ID token failed a check: signature, issuer, audience, expiry, nonce. */
		INVALID_TOKEN,

		/** The identity provider answered with an error or could not be reached. */
		PROVIDER_ERROR

	}

}
