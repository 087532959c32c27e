package energy.foundation.identity.access;

/**
 * How many effective roles a change granted and revoked (one per user and role).
 *
 * @param granted roles users hold now and did not before
 * @param revoked roles users held before and do not now
 */
public record RoleChanges(int granted, int revoked) {

	/**
	 * No change.
	 */
	public static final RoleChanges NONE = new RoleChanges(0, 0);

	RoleChanges plus(RoleChanges other) {
		return new RoleChanges(this.granted + other.granted, this.revoked + other.revoked);
	}

}
