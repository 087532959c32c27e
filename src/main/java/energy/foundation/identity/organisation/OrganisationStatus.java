package energy.foundation.identity.organisation;

import java.util.Locale;

/**
 * Whether an organisation may use the service. Only active organisations are served SCIM
 * requests; a suspended one keeps its data and credentials until it is reinstated.
 */
public enum OrganisationStatus {

	/**
	 * The organisation is onboarded and its credentials work.
	 */
	ACTIVE,

	/**
	 * An operator suspended the organisation: its SCIM requests are refused with 403 and
	 * nothing it holds changes until it is reinstated.
	 */
	SUSPENDED;

	/**
	 * The lower-case word stored in the database and shown in the operator API.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status stored as this word, in any case.
	 */
	public static OrganisationStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
