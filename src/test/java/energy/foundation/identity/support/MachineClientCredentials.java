package energy.foundation.identity.support;

/**
 * A machine client of an instance as the operator API created it for a test.
 *
 * @param organisationId the organisation's id
 * @param instanceId the instance's id
 * @param id the client's id
 * @param clientId the OAuth {@code client_id}
 * @param clientSecret the OAuth {@code client_secret}
 */
public record MachineClientCredentials(String organisationId, String instanceId, String id, String clientId,
		String clientSecret) {

	@Override
	public String toString() {
		return "MachineClientCredentials[" + this.clientId + "]";
	}

}
