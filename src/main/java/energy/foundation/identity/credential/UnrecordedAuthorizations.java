package energy.foundation.identity.credential;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * Where the authorization server would keep the tokens it issued: here nowhere. Directory
 * API access tokens are self-contained and short-lived, and every API request checks the
 * client's row in the database, so revoking a client ends its tokens without a token
 * store; a store in one node's memory would grow without bound and be unknown to the
 * other nodes. No endpoint that reads a store (token introspection or revocation) is
 * served.
 */
@Component
final class UnrecordedAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
		// nothing to keep: see the class description
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		// nothing was kept
	}

	@Override
	public @Nullable OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		return null;
	}

}
