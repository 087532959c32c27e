package energy.foundation.identity.activity;

/**
 * What a SCIM request did, or tried to do, in the words of the provisioning log. The
 * {@link #label() label} names the operation in a filter drop-down.
 */
public enum ProvisioningOperation {

	/** {@code POST /Users}. */
	CREATE_USER("Create user"),

	/** {@code PUT} or {@code PATCH} of a user that neither disabled nor enabled it. */
	UPDATE_USER("Update user"),

	/** A change of a user's {@code active} from true (or absent) to false. */
	DISABLE_USER("Disable user"),

	/** A change of a user's {@code active} from false to true. */
	ENABLE_USER("Enable user"),

	/** {@code DELETE /Users/{id}}. */
	DELETE_USER("Delete user"),

	/** {@code GET /Users/{id}}. */
	READ_USER("Read user"),

	/** {@code GET /Users} or {@code POST /Users/.search}. */
	QUERY_USERS("Look up users"),

	/** {@code POST /Groups}. */
	CREATE_GROUP("Create group"),

	/** A change of a group other than only a rename or only one kind of member change. */
	UPDATE_GROUP("Update group"),

	/** A change of a group's {@code displayName} and nothing else. */
	RENAME_GROUP("Rename group"),

	/** A change that only added members to a group. */
	ADD_MEMBERS("Add members"),

	/** A change that only removed members from a group. */
	REMOVE_MEMBERS("Remove members"),

	/** {@code DELETE /Groups/{id}}. */
	DELETE_GROUP("Delete group"),

	/** {@code GET /Groups/{id}}. */
	READ_GROUP("Read group"),

	/** {@code GET /Groups} or {@code POST /Groups/.search}. */
	QUERY_GROUPS("Look up groups"),

	/**
	 * Entra ID's Test Connection probe: a filter on one attribute equal to a random GUID,
	 * answered with no results.
	 */
	TEST_CONNECTION("Test Connection"),

	/** {@code /ServiceProviderConfig}, {@code /ResourceTypes} or {@code /Schemas}. */
	DISCOVERY("Discovery"),

	/**
	 * A request refused because its credential was missing, wrong, revoked or expired.
	 */
	AUTHENTICATION_FAILED("Authentication failed"),

	/** Anything else, such as {@code /Bulk}, {@code /Me} or an unknown path. */
	OTHER("Other");

	private final String label;

	ProvisioningOperation(String label) {
		this.label = label;
	}

	/**
	 * The name shown to people, for example "Disable user".
	 */
	public String label() {
		return this.label;
	}

}
