package energy.foundation.identity.activity;

/**
 * The kind of SCIM resource a provisioning log entry is about.
 */
public enum ProvisioningResourceType {

	/** A user ({@code /Users}). */
	USER,

	/** A group ({@code /Groups}). */
	GROUP

}
