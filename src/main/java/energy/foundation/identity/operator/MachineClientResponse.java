package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.MachineClient;
import org.jspecify.annotations.Nullable;

/**
 * A machine client in a list: never its secret.
 */
record MachineClientResponse(UUID id, String clientId, UUID instanceId, String label, String secretPrefix,
		@Nullable String createdBy, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
		boolean revoked) {

	static MachineClientResponse of(MachineClient client) {
		return new MachineClientResponse(client.id(), client.clientId(), client.instanceId(), client.label(),
				client.secretPrefix(), client.createdBy(), client.createdAt(), client.lastUsedAt(), client.revokedAt(),
				client.revoked());
	}

}
