package energy.foundation.identity.signin;

import java.time.Instant;
import java.util.Locale;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.SignInProvider;

/**
 * An identity linked to a user in one instance, as a tenant administrator sees it.
 *
 * @param instance the instance the link holds in
 * @param provider the identity provider the person signed in with
 * @param issuer the Entra tenant id, or the Okta issuer
 * @param subject the Entra object id, or the Okta user id
 * @param linkedAt when the first allowed sign-in made the link
 */
public record LinkedIdentity(Instance instance, SignInProvider provider, String issuer, String subject,
		Instant linkedAt) {

	static LinkedIdentity of(Instance instance, IdentityLink link) {
		return new LinkedIdentity(instance, SignInProvider.valueOf(link.provider().toUpperCase(Locale.ROOT)),
				link.issuer(), link.subject(), link.linkedAt());
	}

}
