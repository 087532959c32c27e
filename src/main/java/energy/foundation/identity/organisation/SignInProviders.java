package energy.foundation.identity.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Switches the sign-in providers of each organisation on and off, and keeps its Okta
 * issuer. A newly onboarded organisation may sign in with Entra ID and not with Okta, and
 * has no Okta issuer.
 */
@Service
public final class SignInProviders {

	private static final String INVALID_ISSUER = "oktaIssuer must be an https URL without query or fragment, "
			+ "such as https://contoso.okta.com/oauth2/default";

	private static final Logger logger = LoggerFactory.getLogger(SignInProviders.class);

	/**
	 * The longest Okta issuer stored.
	 */
	static final int MAX_ISSUER_LENGTH = 512;

	private final SignInProviderRepository repository;

	private final Organisations organisations;

	SignInProviders(SignInProviderRepository repository, Organisations organisations) {
		this.repository = repository;
		this.organisations = organisations;
	}

	/**
	 * Which providers the organisation's people may sign in with.
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInProviderSettings settings(UUID organisationId) {
		requireOrganisation(organisationId);
		return this.repository.find(organisationId);
	}

	/**
	 * Switches one provider on or off; setting the value it has changes nothing.
	 * @return the organisation's settings afterwards
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInProviderSettings setEnabled(UUID organisationId, SignInProvider provider, boolean enabled) {
		requireOrganisation(organisationId);
		this.repository.save(organisationId, provider, enabled);
		logger.info("Sign-in with {} is {} for organisation {}", provider.code(), (enabled) ? "on" : "off",
				organisationId);
		return this.repository.find(organisationId);
	}

	/**
	 * Sets the issuer of the organisation's Okta authorization server, the {@code iss}
	 * every Okta sign-in must carry, or clears it.
	 * @param issuer an https URL without query or fragment, such as
	 * {@code https://contoso.okta.com/oauth2/default}; a trailing slash is dropped;
	 * {@code null} or blank clears it
	 * @return the organisation's settings afterwards
	 * @throws InvalidOrganisationException if the issuer is not such a URL
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInProviderSettings setOktaIssuer(UUID organisationId, @Nullable String issuer) {
		String checked = oktaIssuer(issuer);
		requireOrganisation(organisationId);
		this.repository.saveIssuer(organisationId, SignInProvider.OKTA, checked);
		logger.info("The Okta issuer is {} for organisation {}", (checked != null) ? "set" : "cleared", organisationId);
		return this.repository.find(organisationId);
	}

	/**
	 * The issuer in its stored form: scheme and host in lower case, no trailing slash.
	 */
	static @Nullable String oktaIssuer(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > MAX_ISSUER_LENGTH) {
			throw new InvalidOrganisationException(
					"oktaIssuer must be at most " + MAX_ISSUER_LENGTH + " characters long");
		}
		try {
			URI uri = new URI(value);
			String host = uri.getHost();
			if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getRawUserInfo() != null
					|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw invalidIssuer();
			}
			String path = uri.getRawPath();
			String normalised = "https://" + host.toLowerCase(Locale.ROOT)
					+ ((uri.getPort() != -1) ? ":" + uri.getPort() : "") + path;
			return normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
		}
		catch (URISyntaxException ex) {
			throw invalidIssuer(ex);
		}
	}

	private static InvalidOrganisationException invalidIssuer() {
		return new InvalidOrganisationException(INVALID_ISSUER);
	}

	private static InvalidOrganisationException invalidIssuer(URISyntaxException cause) {
		return new InvalidOrganisationException(INVALID_ISSUER, cause);
	}

	private void requireOrganisation(UUID organisationId) {
		if (this.organisations.find(organisationId).isEmpty()) {
			throw new UnknownOrganisationException(organisationId);
		}
	}

}
