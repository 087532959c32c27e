package energy.foundation.identity.system;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 6750 §3 challenges.
 */
class BearerChallengeTests {

	@Test
	void ofWhenNoTokenThenBareChallenge() {
		BearerChallenge challenge = BearerChallenge.of("scim", new InsufficientAuthenticationException("none"));

		assertThat(challenge.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(challenge.header()).isEqualTo("Bearer realm=\"scim\"");
		assertThat(challenge.detail("SCIM credential"))
			.isEqualTo("Authentication required: send the SCIM credential as a bearer token");
	}

	@Test
	void ofWhenTokenInvalidThenInvalidTokenChallenge() {
		BearerChallenge challenge = BearerChallenge.of("scim", new InvalidBearerTokenException("bad"));

		assertThat(challenge.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(challenge.header()).isEqualTo("Bearer realm=\"scim\", error=\"invalid_token\"");
	}

	@Test
	void ofWhenRequestMalformedThenBadRequest() {
		OAuth2AuthenticationException exception = new OAuth2AuthenticationException(
				BearerTokenErrors.invalidRequest("two tokens"));

		BearerChallenge challenge = BearerChallenge.of("operator", exception);

		assertThat(challenge.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(challenge.header()).isEqualTo("Bearer realm=\"operator\", error=\"invalid_request\"");
	}

}
