package energy.foundation.identity.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * A schema (RFC 7643 §7): its URN, name, description and top-level attributes.
 *
 * @param id the schema URN
 * @param name the human-readable name
 * @param description what the schema describes
 * @param attributes the top-level attributes
 */
public record Schema(String id, String name, String description, List<AttributeDefinition> attributes) {

	public Schema {
		attributes = List.copyOf(attributes);
	}

	/**
	 * The top-level attribute with this name, compared case-insensitively.
	 */
	public Optional<AttributeDefinition> attribute(String name) {
		return this.attributes.stream().filter((candidate) -> candidate.named(name)).findFirst();
	}

	/**
	 * Whether {@code urn} names this schema (URNs compare case-insensitively, RFC 8141).
	 */
	public boolean identifiedBy(String urn) {
		return this.id.equalsIgnoreCase(urn);
	}

}
