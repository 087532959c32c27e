package energy.foundation.identity.directory;

/**
 * The kinds of resource a directory holds, named as SCIM names them.
 */
public enum ResourceType {

	USER("User"), GROUP("Group");

	private final String scimName;

	ResourceType(String scimName) {
		this.scimName = scimName;
	}

	/**
	 * The name used in {@code meta.resourceType} and in stored rows.
	 */
	public String scimName() {
		return this.scimName;
	}

}
