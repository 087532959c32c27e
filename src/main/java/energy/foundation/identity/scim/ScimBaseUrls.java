package energy.foundation.identity.scim;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The SCIM base URL of an organisation, which its administrator pastes into Entra ID or
 * Okta: under {@code foundation.public-base-url} when set, else under the URL the current
 * request came in on.
 */
@Component
public final class ScimBaseUrls {

	private final @Nullable String publicBaseUrl;

	public ScimBaseUrls(@Value("${foundation.public-base-url:}") @Nullable String publicBaseUrl) {
		this.publicBaseUrl = (publicBaseUrl == null || publicBaseUrl.isBlank()) ? null : publicBaseUrl.strip();
	}

	public String of(UUID organisationId) {
		UriComponentsBuilder base = (this.publicBaseUrl != null)
				? UriComponentsBuilder.fromUriString(this.publicBaseUrl)
				: ServletUriComponentsBuilder.fromCurrentContextPath();
		return base.path("/scim/v2/organisations/{organisationId}").buildAndExpand(organisationId).toUriString();
	}

}
