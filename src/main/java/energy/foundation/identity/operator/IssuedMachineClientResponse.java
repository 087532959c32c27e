package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.IssuedMachineClient;

/**
 * A newly created machine client with its secret, shown once, and where to use it.
 */
record IssuedMachineClientResponse(UUID id, String clientId, String clientSecret, UUID instanceId, String label,
		String secretPrefix, Instant createdAt, String tokenEndpoint, String apiBaseUrl) {

	static IssuedMachineClientResponse of(IssuedMachineClient issued, String tokenEndpoint, String apiBaseUrl) {
		return new IssuedMachineClientResponse(issued.id(), issued.clientId(), issued.clientSecret(),
				issued.instanceId(), issued.label(), issued.secretPrefix(), issued.createdAt(), tokenEndpoint,
				apiBaseUrl);
	}

	@Override
	public String toString() {
		return "IssuedMachineClientResponse[id=" + this.id + ", clientId=" + this.clientId + ", secretPrefix="
				+ this.secretPrefix + ", clientSecret=******]";
	}

}
