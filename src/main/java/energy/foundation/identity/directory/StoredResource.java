package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * A user or group as stored. {@code attributes} holds what the client sent, after dialect
 * normalisation, without {@code id}, {@code meta}, {@code schemas}, group {@code members}
 * and user {@code groups}; those are kept apart and added when the resource is rendered.
 *
 * @param organisationId the owning organisation
 * @param type user or group
 * @param id the server-assigned id
 * @param attributes the attribute document (never shared: callers may not modify it)
 * @param version incremented on every change; the weak ETag is derived from it
 * @param created when the resource was created
 * @param lastModified when it last changed
 * @param references members of a group, or groups a user directly belongs to; empty
 * unless asked for
 */
public record StoredResource(UUID organisationId, ResourceType type, UUID id, ObjectNode attributes, long version,
		Instant created, Instant lastModified, List<Reference> references) {

	/**
	 * Ids, version and sizes only: the attributes hold personal data.
	 */
	@Override
	public String toString() {
		return "StoredResource[type=" + this.type.scimName() + ", id=" + this.id + ", organisationId="
				+ this.organisationId + ", version=" + this.version + ", attributes=" + this.attributes.size()
				+ ", references=" + this.references.size() + "]";
	}

}
