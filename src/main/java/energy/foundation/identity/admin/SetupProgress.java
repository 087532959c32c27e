package energy.foundation.identity.admin;

/**
 * How far an organisation's provisioning set-up has come, as far as the service can tell
 * from what it received.
 *
 * @param credentialIssued an active SCIM credential exists
 * @param requestReceived any SCIM request arrived
 * @param testConnectionReceived Entra ID's Test Connection probe arrived
 * @param userArrived at least one user was provisioned
 * @param groupArrived at least one group was provisioned
 * @param guestArrived at least one guest (B2B) user was provisioned
 * @param cycleStarted a provisioning cycle began
 */
record SetupProgress(boolean credentialIssued, boolean requestReceived, boolean testConnectionReceived,
		boolean userArrived, boolean groupArrived, boolean guestArrived, boolean cycleStarted) {

	/**
	 * Whether nothing has arrived yet: the overview then points to the set-up steps.
	 */
	public boolean nothingArrived() {
		return !this.requestReceived && !this.userArrived && !this.groupArrived;
	}

}
