package energy.foundation.identity.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The columns the directory keeps beside a resource's attribute document: what other
 * features show of a user or group without reading its document.
 *
 * @param type user or group
 * @param id the resource id
 * @param name the {@code userName} of a user, the {@code displayName} of a group
 * @param externalId the {@code externalId}, if any
 * @param displayName the {@code displayName}, if any
 * @param active the user's {@code active} flag ({@code true} for groups)
 * @param guest whether the user is an Entra ID B2B guest (see {@link GuestUsers})
 */
public record ResourceSummary(ResourceType type, UUID id, String name, @Nullable String externalId,
		@Nullable String displayName, boolean active, boolean guest) {

	/**
	 * The summary of a stored resource.
	 */
	public static ResourceSummary of(StoredResource resource) {
		ResourceColumns columns = ResourceColumns.of(resource.type(), resource.attributes());
		return new ResourceSummary(resource.type(), resource.id(), columns.name(), columns.externalId(),
				columns.displayName(), columns.active(), columns.guest());
	}

	/**
	 * Ids and flags only: names are personal data.
	 */
	@Override
	public String toString() {
		return "ResourceSummary[type=" + this.type.scimName() + ", id=" + this.id + ", active=" + this.active
				+ ", guest=" + this.guest + "]";
	}

}
