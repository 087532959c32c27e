package energy.foundation.identity.system;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import energy.foundation.identity.credential.ScimCredentials;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates a SCIM bearer token against the credentials of the organisation named in
 * the request's path ({@code /scim/v2/organisations/{organisationId}/...}) and of no
 * other. A credential of another organisation, an unknown token, a malformed or unknown
 * organisation id all fail the same way, so that a client learns nothing about other
 * organisations. A valid credential of a suspended organisation authenticates without the
 * SCIM client authority, so that the request is refused with 403 (and only a caller who
 * holds the credential learns that the organisation is suspended).
 */
final class ScimAuthenticationManagerResolver implements AuthenticationManagerResolver<HttpServletRequest> {

	private static final Pattern ORGANISATION_PATH = Pattern.compile(
			"/scim/v2/organisations/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?");

	private final ScimCredentials credentials;

	ScimAuthenticationManagerResolver(ScimCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		Optional<UUID> organisationId = organisationIdOf(request);
		return (authentication) -> authenticate(organisationId, authentication);
	}

	private Authentication authenticate(Optional<UUID> organisationId, Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer) || organisationId.isEmpty()) {
			throw invalidToken();
		}
		return this.credentials.authenticate(organisationId.get(), bearer.getToken())
			.map((principal) -> new BearerAuthentication(principal,
					(principal.organisationActive()) ? BearerAuthentication.SCIM_CLIENT
							: BearerAuthentication.SUSPENDED_SCIM_CLIENT))
			.orElseThrow(ScimAuthenticationManagerResolver::invalidToken);
	}

	/**
	 * The organisation id in the request's path, from the raw URI so that no decoding
	 * step can make it differ from what the client sent.
	 */
	static Optional<UUID> organisationIdOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = ORGANISATION_PATH.matcher(path);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(matcher.group(1).toLowerCase(Locale.ROOT)));
	}

	private static InvalidBearerTokenException invalidToken() {
		return new InvalidBearerTokenException("The bearer token is not a valid SCIM credential for this URL");
	}

}
