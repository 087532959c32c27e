package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored SCIM request of an organisation.
 *
 * @param id the entry's id
 * @param organisationId the organisation whose SCIM endpoint was called
 * @param receivedAt when the request arrived
 * @param operation what it did or tried to do
 * @param summary the same in plain words, for example "Disabled user"
 * @param resourceType the kind of resource, when it was about users or groups
 * @param resourceId the user or group concerned, when one was
 * @param outcome accepted (2xx, 3xx) or rejected
 * @param httpStatus the status answered
 * @param scimType the {@code scimType} of the SCIM error answered, if any
 * @param latencyMillis how long the answer took
 * @param credentialId the SCIM credential used; {@code null} when authentication failed
 * @param credentialPrefix the first characters of its secret, to recognise it
 * @param changedAttributes names of the attributes that changed (never values)
 * @param membersAdded how many members a group gained
 * @param membersRemoved how many members a group lost
 * @param testConnection whether it was Entra ID's Test Connection probe
 * @param requestId the request id, also in the service's logs
 * @param capturedValues the request body without passwords, at most 8 KB, when the
 * organisation had value capture switched on; otherwise {@code null}
 */
public record ProvisioningLogEntry(UUID id, UUID organisationId, Instant receivedAt, ProvisioningOperation operation,
		String summary, @Nullable ProvisioningResourceType resourceType, @Nullable UUID resourceId,
		ProvisioningOutcome outcome, int httpStatus, @Nullable String scimType, int latencyMillis,
		@Nullable UUID credentialId, @Nullable String credentialPrefix, List<String> changedAttributes,
		int membersAdded, int membersRemoved, boolean testConnection, String requestId,
		@Nullable String capturedValues) {

	public ProvisioningLogEntry {
		changedAttributes = List.copyOf(changedAttributes);
	}

	/**
	 * Everything but the captured values, which hold personal data.
	 */
	@Override
	public String toString() {
		return "ProvisioningLogEntry[id=" + this.id + ", organisationId=" + this.organisationId + ", operation="
				+ this.operation + ", resourceId=" + this.resourceId + ", httpStatus=" + this.httpStatus
				+ ", requestId=" + this.requestId + "]";
	}

}
