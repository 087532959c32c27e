package energy.foundation.identity.signin;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The claims of a person signing in to an instance, as the instance verified them in the
 * identity provider's token. An {@code email} claim is not among them: no decision may
 * rest on it, since Entra ID does not verify it.
 */
public sealed interface SignInClaims {

	/**
	 * The claims of a Microsoft Entra ID token.
	 *
	 * @param tenantId the tenant the person signed in through ({@code tid})
	 * @param objectId the person's object id in that tenant ({@code oid})
	 * @param preferredUsername the {@code preferred_username} claim (usually the user
	 * principal name), if any
	 */
	record Entra(UUID tenantId, String objectId, @Nullable String preferredUsername) implements SignInClaims {

		@Override
		public String toString() {
			return "Entra[tenantId=" + this.tenantId + ", objectId=" + this.objectId + "]";
		}

	}

	/**
	 * The claims of an Okta token.
	 *
	 * @param issuer the Okta authorization server ({@code iss})
	 * @param subject the Okta user id ({@code sub})
	 */
	record Okta(String issuer, String subject) implements SignInClaims {

		@Override
		public String toString() {
			return "Okta[issuer=" + this.issuer + ", subject=" + this.subject + "]";
		}

	}

}
