package energy.foundation.identity.system;

import energy.foundation.identity.credential.MachineClientTokens;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a directory API access token whose signature, lifetime and audience are valid
 * into the request's authentication, once the database confirms that its client is still
 * usable.
 */
final class DirectoryApiTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final MachineClientTokens tokens;

	DirectoryApiTokenConverter(MachineClientTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		return this.tokens.authenticate(token)
			.map((principal) -> new BearerAuthentication(principal, BearerAuthentication.MACHINE_CLIENT))
			.orElseThrow(() -> new InvalidBearerTokenException(DirectoryApiAuthenticationEntryPoint.REVOKED
					+ " was revoked, or its instance retired or its organisation suspended; the token no longer"
					+ " works"));
	}

}
