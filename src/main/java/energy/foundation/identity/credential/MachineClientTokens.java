package energy.foundation.identity.credential;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.stereotype.Component;

/**
 * The directory API's access tokens: how the token endpoint checks a machine client's
 * secret and makes its token, and how the API checks a token it is sent. A token is a JWT
 * signed with the service's key (RS256) for the audience {@value #AUDIENCE}, naming the
 * client ({@code sub}), its organisation ({@value #ORGANISATION_CLAIM}) and its instance
 * ({@value #INSTANCE_CLAIM}). A valid signature is not enough: each request also finds
 * the client usable (not revoked, instance active, organisation active) in the database.
 */
@Component
public final class MachineClientTokens {

	/**
	 * The audience of every access token.
	 */
	public static final String AUDIENCE = "foundation-directory-api";

	/**
	 * The claim naming the client's organisation.
	 */
	public static final String ORGANISATION_CLAIM = "organisation_id";

	/**
	 * The claim naming the client's instance.
	 */
	public static final String INSTANCE_CLAIM = "instance_id";

	private final MachineClients clients;

	private final TokenSigningKeys keys;

	private final JwtDecoder decoder;

	MachineClientTokens(MachineClients clients, TokenSigningKeys keys) {
		this.clients = clients;
		this.keys = keys;
		this.decoder = decoder(keys);
	}

	/**
	 * Compares a presented client secret with the keyed hash the client is registered
	 * with, in constant time. It encodes nothing: secrets are made by
	 * {@link MachineClients#create}.
	 */
	public PasswordEncoder secretEncoder() {
		return new PasswordEncoder() {

			@Override
			public String encode(@Nullable CharSequence rawPassword) {
				throw new UnsupportedOperationException("Client secrets are hashed when they are made");
			}

			@Override
			public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
				return rawPassword != null && encodedPassword != null
						&& MachineClientTokens.this.clients.secretMatches(rawPassword.toString(), encodedPassword);
			}

		};
	}

	/**
	 * Makes the signed access token of an authenticated client and records that the
	 * client was used.
	 */
	public OAuth2TokenGenerator<Jwt> tokenGenerator() {
		JwtGenerator generator = new JwtGenerator(new NimbusJwtEncoder(this.keys.signing()));
		generator.setJwtCustomizer(this::customize);
		return generator;
	}

	/**
	 * All signing keys, public and private; the JWK Set endpoint publishes the public
	 * parts.
	 */
	public JWKSource<SecurityContext> keys() {
		return this.keys;
	}

	/**
	 * Checks an access token's signature, lifetime and audience.
	 */
	public JwtDecoder decoder() {
		return this.decoder;
	}

	/**
	 * The usable client an access token was issued to, if it still is usable and still
	 * belongs to the organisation and instance the token names.
	 */
	public Optional<MachineClientPrincipal> authenticate(Jwt token) {
		String clientId = token.getSubject();
		UUID organisationId = uuidClaim(token, ORGANISATION_CLAIM);
		UUID instanceId = uuidClaim(token, INSTANCE_CLAIM);
		if (clientId == null || organisationId == null || instanceId == null) {
			return Optional.empty();
		}
		return this.clients.principal(clientId)
			.filter((principal) -> principal.organisationId().equals(organisationId)
					&& principal.instanceId().equals(instanceId));
	}

	private void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		RegisteredClient client = context.getRegisteredClient();
		context.getClaims()
			.audience(List.of(AUDIENCE))
			.claim(ORGANISATION_CLAIM, MachineClientRegistrations.organisationOf(client).toString())
			.claim(INSTANCE_CLAIM, MachineClientRegistrations.instanceOf(client).toString());
		this.clients.recordUse(MachineClientRegistrations.idOf(client));
	}

	private static JwtDecoder decoder(JWKSource<SecurityContext> keys) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(values) -> values != null && values.contains(AUDIENCE));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), audience));
		return decoder;
	}

	private static @Nullable UUID uuidClaim(Jwt token, String claim) {
		String value = token.getClaimAsString(claim);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
