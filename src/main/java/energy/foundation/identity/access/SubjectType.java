package energy.foundation.identity.access;

import java.util.Locale;

/**
 * What a role is assigned to.
 */
public enum SubjectType {

	/**
	 * A user: the role is theirs while they are active.
	 */
	USER,

	/**
	 * A group: every active user below it, directly or through nested groups, holds the
	 * role.
	 */
	GROUP;

	/**
	 * The lower-case word stored in the database.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SubjectType ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
