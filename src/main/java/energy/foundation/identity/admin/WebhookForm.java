package energy.foundation.identity.admin;

import org.jspecify.annotations.Nullable;

/**
 * What the "Add an endpoint" form sends.
 *
 * @param url where the instance's receiver listens
 */
record WebhookForm(@Nullable String url) {

	static WebhookForm empty() {
		return new WebhookForm("");
	}

}
