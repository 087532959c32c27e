package energy.foundation.identity.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks the URL of a webhook endpoint: absolute, {@code https}, with a host, without
 * credentials or a fragment. Plain {@code http} is accepted only for {@code localhost}
 * and {@code 127.0.0.1}, and only where the service is configured to allow it
 * (development and tests).
 */
final class WebhookUrls {

	/** The longest URL accepted. */
	static final int MAX_LENGTH = 2000;

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

	private final boolean allowLocalHttp;

	WebhookUrls(boolean allowLocalHttp) {
		this.allowLocalHttp = allowLocalHttp;
	}

	/**
	 * The URL, stripped of surrounding blanks, when it can be used.
	 * @throws InvalidWebhookException saying why it cannot
	 */
	String check(@Nullable String text) {
		String url = (text != null) ? text.strip() : "";
		if (url.isEmpty()) {
			throw new InvalidWebhookException("Enter the URL of your webhook receiver, for example "
					+ "https://instance.example.com/identity-events.");
		}
		if (url.length() > MAX_LENGTH) {
			throw new InvalidWebhookException("The URL must be at most " + MAX_LENGTH + " characters long.");
		}
		URI uri = parse(url);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new InvalidWebhookException(
					"Enter a full https URL with a host name, for example https://instance.example.com/events.");
		}
		if (scheme.equals("http") && !(this.allowLocalHttp && LOCAL_HOSTS.contains(host))) {
			throw new InvalidWebhookException("The URL must start with https://: events carry personal data "
					+ "and are sent only over an encrypted connection.");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidWebhookException(
					"The URL must not contain a user name or password; requests are signed instead.");
		}
		if (uri.getRawFragment() != null) {
			throw new InvalidWebhookException("The URL must not contain a fragment (the part after #).");
		}
		return url;
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidWebhookException("This is not a valid URL. Check for spaces or characters such as "
					+ "< > \" that must be percent-encoded.");
		}
	}

}
