package energy.foundation.identity.credential;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The machine clients as the authorization server sees them: confidential clients that
 * authenticate with {@code client_secret_basic} or {@code client_secret_post} and may use
 * the client credentials grant only, for self-contained (JWT) access tokens. Only usable
 * clients are found; a revoked client, or one of a retired instance or suspended
 * organisation, is unknown. The registered "secret" is the keyed hash, which
 * {@link MachineClientTokens#secretEncoder()} compares with.
 */
@Component
final class MachineClientRegistrations implements RegisteredClientRepository {

	/**
	 * The client setting holding the organisation's id.
	 */
	static final String ORGANISATION_SETTING = "foundation.organisation-id";

	/**
	 * The client setting holding the instance's id.
	 */
	static final String INSTANCE_SETTING = "foundation.instance-id";

	private final MachineClients clients;

	private final Duration accessTokenTimeToLive;

	MachineClientRegistrations(MachineClients clients, DirectoryApiProperties properties) {
		this.clients = clients;
		this.accessTokenTimeToLive = properties.accessTokenTimeToLive();
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return this.clients.usable(clientId).map(this::registered).orElse(null);
	}

	/**
	 * The authorization server looks clients up by id only where this service issues no
	 * tokens (authorization codes, refresh tokens); no client is found that way.
	 */
	@Override
	public @Nullable RegisteredClient findById(String id) {
		return null;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("Machine clients are created by administrators and operators");
	}

	private RegisteredClient registered(MachineClientRepository.Usable usable) {
		return RegisteredClient.withId(usable.id().toString())
			.clientId(usable.clientId())
			.clientName(usable.label())
			.clientSecret(usable.secretHash())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder()
				.setting(ORGANISATION_SETTING, usable.organisationId())
				.setting(INSTANCE_SETTING, usable.instanceId())
				.build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(this.accessTokenTimeToLive)
				.build())
			.build();
	}

	static UUID idOf(RegisteredClient client) {
		return UUID.fromString(client.getId());
	}

	static UUID organisationOf(RegisteredClient client) {
		return client.getClientSettings().getSetting(ORGANISATION_SETTING);
	}

	static UUID instanceOf(RegisteredClient client) {
		return client.getClientSettings().getSetting(INSTANCE_SETTING);
	}

}
