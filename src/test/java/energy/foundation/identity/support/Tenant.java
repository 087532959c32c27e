package energy.foundation.identity.support;

/**
 * An organisation onboarded for a test, with one SCIM credential.
 *
 * @param organisationId the organisation's id
 * @param entraTenantId its Entra tenant id
 * @param scimBaseUrl its SCIM base URL
 * @param secret the SCIM credential's secret
 */
public record Tenant(String organisationId, String entraTenantId, String scimBaseUrl, String secret) {

	/**
	 * A caller for this organisation's SCIM endpoints with its own credential.
	 */
	public HttpCaller scim() {
		return new HttpCaller(this.scimBaseUrl, this.secret);
	}

	@Override
	public String toString() {
		return "Tenant[" + this.organisationId + "]";
	}

}
