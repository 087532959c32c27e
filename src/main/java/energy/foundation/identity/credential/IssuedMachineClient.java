package energy.foundation.identity.credential;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine client just created, with its secret. This is the only time the secret exists
 * outside the platform instance that stores it; {@link #toString()} masks it.
 *
 * @param id the client's id
 * @param clientId the public OAuth {@code client_id}
 * @param organisationId the organisation it belongs to
 * @param instanceId the instance it acts for
 * @param label what the administrator called it
 * @param clientSecret the OAuth {@code client_secret}
 * @param secretPrefix the first characters of the secret
 * @param createdAt when it was created
 */
public record IssuedMachineClient(UUID id, String clientId, UUID organisationId, UUID instanceId, String label,
		String clientSecret, String secretPrefix, Instant createdAt) {

	@Override
	public String toString() {
		return "IssuedMachineClient[id=" + this.id + ", clientId=" + this.clientId + ", instanceId=" + this.instanceId
				+ ", secretPrefix=" + this.secretPrefix + ", clientSecret=******]";
	}

}
