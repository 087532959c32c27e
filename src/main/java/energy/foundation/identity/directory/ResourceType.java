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

	/**
	 * The URN of the resource type's core schema (RFC 7643 §4.1, §4.2), always among a
	 * resource's {@code schemas}.
	 */
	public String coreSchema() {
		return "urn:ietf:params:scim:schemas:core:2.0:" + this.scimName;
	}

}
