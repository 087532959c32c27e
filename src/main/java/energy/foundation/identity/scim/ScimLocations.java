package energy.foundation.identity.scim;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SCIM base URL of an organisation: {@code foundation.public-base-url} when the
 * service runs behind a proxy that rewrites its address, otherwise the address the
 * request came to.
 */
@Component
final class ScimLocations {

	private final String publicBaseUrl;

	ScimLocations(@Value("${foundation.public-base-url:}") String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
	}

	String baseUrl(UUID organisationId) {
		String root = this.publicBaseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: this.publicBaseUrl;
		return root + "/scim/v2/organisations/" + organisationId;
	}

}
