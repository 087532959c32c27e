package energy.foundation.identity.organisation;

import java.util.Locale;

/**
 * Whether an organisation may use the service. Only active organisations authenticate
 * SCIM requests; suspending an organisation is not offered yet.
 */
public enum OrganisationStatus {

	/**
	 * The organisation is onboarded and its credentials work.
	 */
	ACTIVE;

	/**
	 * The lower-case word stored in the database and shown in the operator API.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static OrganisationStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
