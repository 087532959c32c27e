package energy.foundation.identity.events;

import java.util.UUID;

/**
 * A new signing secret of a webhook endpoint, to be shown once to the tenant
 * administrator who made it and never again.
 *
 * @param endpointId the endpoint
 * @param secret the secret, {@code whsec_} and 43 base64url characters
 */
public record IssuedWebhookSecret(UUID endpointId, String secret) {

	/**
	 * The endpoint only: the secret stays out of logs.
	 */
	@Override
	public String toString() {
		return "IssuedWebhookSecret[endpointId=" + this.endpointId + ", secret=(hidden)]";
	}

}
