package energy.foundation.identity.directory;

import java.util.UUID;

import energy.foundation.identity.scim.filter.AttributePath;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * The two views of the member table that filters can name: a group's {@code members} (RFC
 * 7643 §4.2) and a user's {@code groups} (RFC 7643 §4.1.2).
 */
enum Membership {

	/** The direct members of a group. */
	MEMBERS("members", ResourceType.GROUP, true),

	/** The groups a user directly belongs to. */
	GROUPS("groups", ResourceType.USER, false);

	private final String attribute;

	private final ResourceType owner;

	private final boolean typed;

	Membership(String attribute, ResourceType owner, boolean typed) {
		this.attribute = attribute;
		this.owner = owner;
		this.typed = typed;
	}

	/**
	 * The membership a canonical path names for a resource type, or {@code null}.
	 */
	static @Nullable Membership of(ResourceType type, AttributePath path) {
		for (Membership membership : values()) {
			if (membership.owner == type && path.schema() == null
					&& membership.attribute.equalsIgnoreCase(path.attribute())) {
				return membership;
			}
		}
		return null;
	}

	/**
	 * The resource type a member {@code type} value names, or {@code null}.
	 */
	static @Nullable ResourceType typeOf(String text) {
		for (ResourceType type : ResourceType.values()) {
			if (type.scimName().equalsIgnoreCase(text)) {
				return type;
			}
		}
		return null;
	}

	String attribute() {
		return this.attribute;
	}

	boolean filterable(String lowerCaseSubAttribute) {
		return lowerCaseSubAttribute.equals("value") || (this.typed && lowerCaseSubAttribute.equals("type"));
	}

	String filterableNames() {
		return this.typed ? "value and type" : "value";
	}

	/**
	 * The column holding the resource whose attribute this is.
	 */
	Field<UUID> self(MemberTable rows) {
		return (this == MEMBERS) ? rows.groupId() : rows.memberId();
	}

	/**
	 * The column holding the referenced resource ({@code value}).
	 */
	Field<UUID> other(MemberTable rows) {
		return (this == MEMBERS) ? rows.memberId() : rows.groupId();
	}

}
