package energy.foundation.identity.system;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * The answer to a request that did not authenticate with a bearer token (RFC 6750 §3):
 * the status and the {@code WWW-Authenticate} challenge. A request without a token gets a
 * bare challenge; a request with a bad token gets {@code error="invalid_token"}.
 *
 * @param realm the protection space named in the challenge
 * @param error the RFC 6750 error code, or {@code null} when no token was sent
 * @param status the response status
 */
record BearerChallenge(String realm, @Nullable String error, HttpStatus status) {

	static BearerChallenge of(String realm, AuthenticationException exception) {
		if (!(exception instanceof OAuth2AuthenticationException oauth2)) {
			return new BearerChallenge(realm, null, HttpStatus.UNAUTHORIZED);
		}
		String error = oauth2.getError().getErrorCode();
		if (OAuth2ErrorCodes.INVALID_REQUEST.equals(error)) {
			return new BearerChallenge(realm, error, HttpStatus.BAD_REQUEST);
		}
		return new BearerChallenge(realm, OAuth2ErrorCodes.INVALID_TOKEN, HttpStatus.UNAUTHORIZED);
	}

	/**
	 * The {@code WWW-Authenticate} header value.
	 */
	String header() {
		String challenge = "Bearer realm=\"" + this.realm + "\"";
		return (this.error != null) ? challenge + ", error=\"" + this.error + "\"" : challenge;
	}

	/**
	 * A client-safe explanation that never repeats the token.
	 */
	String detail(String credentialName) {
		if (this.error == null) {
			return "Authentication required: send the " + credentialName + " as a bearer token";
		}
		if (this.status == HttpStatus.BAD_REQUEST) {
			return "The Authorization header is malformed; send it as: Bearer <" + credentialName + ">";
		}
		return "The bearer token is not a valid " + credentialName + " for this URL";
	}

}
