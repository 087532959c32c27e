package energy.foundation.identity.organisation;

import java.util.Locale;

/**
 * Whether an instance is in use.
 */
public enum InstanceStatus {

	/**
	 * The instance is in use.
	 */
	ACTIVE,

	/**
	 * The instance was retired; it keeps its id and name and can no longer be changed.
	 */
	RETIRED;

	/**
	 * The lower-case word stored in the database and shown in the operator API.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static InstanceStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
