package energy.foundation.identity.provisioning;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A group in the identity provider's directory with the object ids of its user members.
 */
final class SourceGroup {

	final String objectId;

	final Set<String> members = new LinkedHashSet<>();

	String displayName;

	boolean deleted;

	SourceGroup(String objectId, String displayName) {
		this.objectId = objectId;
		this.displayName = displayName;
	}

	@Override
	public String toString() {
		return "SourceGroup[" + this.objectId + "]";
	}

}
