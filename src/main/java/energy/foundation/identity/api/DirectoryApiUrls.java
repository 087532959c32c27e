package energy.foundation.identity.api;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The URLs a platform instance is told to call: the token endpoint and the API's base,
 * under {@code foundation.public-base-url} when it is set, else under the URL of the
 * current request.
 */
@Component
public final class DirectoryApiUrls {

	/**
	 * The path of the OAuth 2.0 token endpoint.
	 */
	public static final String TOKEN_PATH = "/oauth2/token";

	/**
	 * The path every directory API URL starts with.
	 */
	public static final String API_PATH = "/api/v1";

	private final @Nullable String publicBaseUrl;

	DirectoryApiUrls(@Value("${foundation.public-base-url:}") @Nullable String publicBaseUrl) {
		this.publicBaseUrl = (publicBaseUrl == null || publicBaseUrl.isBlank()) ? null : publicBaseUrl.strip();
	}

	/**
	 * Where machine clients get access tokens.
	 */
	public String tokenEndpoint() {
		return base().path(TOKEN_PATH).toUriString();
	}

	/**
	 * The base URL of the directory API.
	 */
	public String apiBaseUrl() {
		return base().path(API_PATH).toUriString();
	}

	private UriComponentsBuilder base() {
		return (this.publicBaseUrl != null) ? UriComponentsBuilder.fromUriString(this.publicBaseUrl)
				: ServletUriComponentsBuilder.fromCurrentContextPath();
	}

}
