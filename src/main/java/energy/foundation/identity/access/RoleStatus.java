package energy.foundation.identity.access;

import java.util.Locale;

/**
 * Whether a role can be held.
 */
public enum RoleStatus {

	/**
	 * The role can be assigned and held.
	 */
	ACTIVE,

	/**
	 * The role was retired: nobody holds it, its name is free for a new role, and it can
	 * no longer be changed or assigned.
	 */
	RETIRED;

	/**
	 * The lower-case word stored in the database.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static RoleStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
