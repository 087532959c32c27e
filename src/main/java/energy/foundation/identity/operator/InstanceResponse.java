package energy.foundation.identity.operator;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import org.jspecify.annotations.Nullable;

/**
 * An instance as the operator API shows it; {@code status} is {@code active} or
 * {@code retired}.
 */
record InstanceResponse(UUID id, UUID organisationId, String name, String status, Instant createdAt,
		@Nullable Instant retiredAt) {

	static InstanceResponse of(Instance instance) {
		return new InstanceResponse(instance.id(), instance.organisationId(), instance.name(), instance.status().code(),
				instance.createdAt(), instance.retiredAt());
	}

}
