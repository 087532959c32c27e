package energy.foundation.identity.operator;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST} and {@code PATCH} on an organisation's instances:
 * {@code {"name": "Production"}}.
 *
 * @param name the instance's name
 */
record InstanceRequest(@Nullable String name) {

	String requiredName() {
		if (this.name == null) {
			throw new InvalidRequestException("name is required");
		}
		return this.name;
	}

}
