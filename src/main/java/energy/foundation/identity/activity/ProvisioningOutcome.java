package energy.foundation.identity.activity;

/**
 * Whether the service did what a SCIM request asked.
 */
public enum ProvisioningOutcome {

	/** Answered with a 2xx or 3xx status. */
	ACCEPTED,

	/** Answered with a 4xx or 5xx status. */
	REJECTED;

	/**
	 * The outcome of an answer with this HTTP status.
	 */
	public static ProvisioningOutcome ofStatus(int status) {
		return (status >= 200 && status < 400) ? ACCEPTED : REJECTED;
	}

}
