package energy.foundation.identity.admin;

import energy.foundation.identity.activity.ProvisioningLogEntry;
import energy.foundation.identity.activity.ProvisioningOutcome;
import energy.foundation.identity.activity.ProvisioningResourceType;
import org.jspecify.annotations.Nullable;

/**
 * A provisioning log entry with what its page needs besides: the label of the credential
 * that sent it and where its resource's page is.
 *
 * @param entry the entry
 * @param credentialLabel the label of the credential used, when it still exists
 */
record LogEntryRow(ProvisioningLogEntry entry, @Nullable String credentialLabel) {

	/**
	 * Whether the service did what was asked.
	 */
	public boolean accepted() {
		return this.entry.outcome() == ProvisioningOutcome.ACCEPTED;
	}

	/**
	 * The admin app's page of the user or group concerned, if there is one.
	 */
	public @Nullable String resourcePath() {
		if (this.entry.resourceId() == null || this.entry.resourceType() == null) {
			return null;
		}
		String section = (this.entry.resourceType() == ProvisioningResourceType.USER) ? "users" : "groups";
		return "/admin/" + section + "/" + this.entry.resourceId();
	}

	/**
	 * The resource as the log names it: its kind and the start of its id.
	 */
	public String resourceText() {
		String kind = (this.entry.resourceType() == ProvisioningResourceType.GROUP) ? "Group" : "User";
		return (this.entry.resourceId() != null)
				? kind + " " + this.entry.resourceId().toString().substring(0, 8) + "\u2026" : "—";
	}

	/**
	 * The credential as people recognise it: its label and the start of its secret.
	 */
	public String credentialText() {
		String prefix = this.entry.credentialPrefix();
		if (prefix == null) {
			return "None (not authenticated)";
		}
		return (this.credentialLabel != null) ? this.credentialLabel + " (" + prefix + "\u2026)" : prefix + "\u2026";
	}

}
