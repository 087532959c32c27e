package energy.foundation.identity.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One SCIM request as the SCIM layer saw it, handed to {@link ProvisioningLog#record}
 * once it was answered. Nothing here holds an attribute value except {@code requestBody},
 * which the log keeps only when the organisation switched value capture on, and then
 * without passwords.
 *
 * @param organisationId the organisation named by the request's URL
 * @param receivedAt when the request arrived
 * @param operation what the request did or tried to do
 * @param summary the same in plain words, for example "Added 3 members to group"; never
 * an attribute value
 * @param resourceType the kind of resource, when the request was about users or groups
 * @param resourceId the resource's id: from the URL, or the created resource's id
 * @param httpStatus the status of the answer
 * @param scimType the {@code scimType} of the SCIM error answered (RFC 7644 §3.12)
 * @param latencyMillis how long the answer took
 * @param credentialId the SCIM credential that authenticated the request; {@code null}
 * when authentication failed
 * @param credentialPrefix the first characters of that credential's secret
 * @param changedAttributes the names (never the values) of the attributes that changed,
 * for example {@code name.givenName}
 * @param membersAdded how many members a group gained
 * @param membersRemoved how many members a group lost
 * @param testConnection whether this was Entra ID's Test Connection probe
 * @param requestId the request id answered in {@code X-Request-Id}
 * @param requestBody the parsed request body, or {@code null}; kept only under value
 * capture
 */
public record ProvisioningEvent(UUID organisationId, Instant receivedAt, ProvisioningOperation operation,
		String summary, @Nullable ProvisioningResourceType resourceType, @Nullable UUID resourceId, int httpStatus,
		@Nullable String scimType, long latencyMillis, @Nullable UUID credentialId, @Nullable String credentialPrefix,
		List<String> changedAttributes, int membersAdded, int membersRemoved, boolean testConnection, String requestId,
		@Nullable JsonNode requestBody) {

	public ProvisioningEvent {
		changedAttributes = List.copyOf(changedAttributes);
	}

	/**
	 * The outcome its status stands for.
	 */
	public ProvisioningOutcome outcome() {
		return ProvisioningOutcome.ofStatus(this.httpStatus);
	}

	/**
	 * Ids and status only: the body holds personal data.
	 */
	@Override
	public String toString() {
		return "ProvisioningEvent[organisationId=" + this.organisationId + ", operation=" + this.operation
				+ ", resourceId=" + this.resourceId + ", httpStatus=" + this.httpStatus + ", requestId="
				+ this.requestId + "]";
	}

}
