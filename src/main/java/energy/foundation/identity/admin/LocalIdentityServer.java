package energy.foundation.identity.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The local development sign-in's OpenID Connect provider (mock-oauth2-server) running
 * inside the service, with an interactive login page on which a person types any name.
 */
final class LocalIdentityServer implements InitializingBean, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LocalIdentityServer.class);

	private final LocalSignInProperties properties;

	private final MockOAuth2Server server;

	LocalIdentityServer(LocalSignInProperties properties, TenantSignInSettings settings) {
		this.properties = properties;
		OAuth2Config config = new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(),
				Set.of(new LocalTokenCallback(settings)));
		this.server = new MockOAuth2Server(config);
	}

	@Override
	public void afterPropertiesSet() throws UnknownHostException {
		this.server.start(InetAddress.getByName(this.properties.host()), this.properties.port());
		logger.warn("Local development sign-in is ON: anyone who reaches this service can sign in as the "
				+ "tenant administrator of the demo organisation. Provider at {}", this.properties.baseUrl());
	}

	@Override
	public void destroy() {
		this.server.shutdown();
	}

}
