package energy.foundation.identity.events;

/**
 * The kinds of change event, with the name they carry on the wire.
 */
public enum EventType {

	USER_CREATED("user.created"),

	USER_UPDATED("user.updated"),

	USER_DISABLED("user.disabled"),

	USER_ENABLED("user.enabled"),

	USER_DELETED("user.deleted"),

	GROUP_CREATED("group.created"),

	GROUP_UPDATED("group.updated"),

	GROUP_DELETED("group.deleted"),

	GROUP_MEMBER_ADDED("group.member_added"),

	GROUP_MEMBER_REMOVED("group.member_removed"),

	ROLE_GRANTED("role.granted"),

	ROLE_REVOKED("role.revoked");

	private final String wireName;

	EventType(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The name in the event's {@code type} field, such as {@code user.disabled}.
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * The type with the given wire name.
	 * @throws IllegalArgumentException when there is none
	 */
	public static EventType ofWireName(String wireName) {
		for (EventType type : values()) {
			if (type.wireName.equals(wireName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown event type " + wireName);
	}

}
