package energy.foundation.identity.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * A user in the identity provider's directory, already run through the provider's
 * attribute mappings: {@code userName} is what the provider sends as {@code userName}
 * (the UPN for members, the mail address for guests), {@code externalId} its
 * {@code mailNickname} (guests: {@code alias_theirdomain#EXT#}). Mutable, like the
 * directory it stands for; the provider never flows an attribute that became empty, so
 * tests only change values, never clear them (the manager is the exception).
 */
final class SourceUser {

	final String objectId;

	final boolean guest;

	/**
	 * Whether the mail address was known when the user was first sent (then it is
	 * primary).
	 */
	final boolean primaryEmail;

	String userName;

	String externalId;

	String displayName;

	@Nullable String givenName;

	@Nullable String surname;

	@Nullable String mail;

	@Nullable String jobTitle;

	@Nullable String department;

	@Nullable String employeeId;

	@Nullable String mobile;

	@Nullable String city;

	@Nullable String country;

	@Nullable String managerObjectId;

	boolean accountEnabled = true;

	boolean assigned = true;

	boolean deleted;

	SourceUser(String objectId, boolean guest, String userName, String externalId, String displayName,
			@Nullable String mail) {
		this.objectId = objectId;
		this.guest = guest;
		this.userName = userName;
		this.externalId = externalId;
		this.displayName = displayName;
		this.mail = mail;
		this.primaryEmail = mail != null;
	}

	/**
	 * Whether the provider wants the user active in the application: assigned and allowed
	 * to sign in (Entra's {@code IsSoftDeleted} expression).
	 */
	boolean active() {
		return this.assigned && this.accountEnabled && !this.deleted;
	}

	@Nullable String formattedName() {
		if (this.givenName == null && this.surname == null) {
			return null;
		}
		if (this.givenName == null || this.surname == null) {
			return (this.givenName != null) ? this.givenName : this.surname;
		}
		return this.givenName + " " + this.surname;
	}

	@Override
	public String toString() {
		return "SourceUser[" + this.objectId + "]";
	}

}
