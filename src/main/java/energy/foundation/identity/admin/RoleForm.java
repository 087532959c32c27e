package energy.foundation.identity.admin;

import org.jspecify.annotations.Nullable;

/**
 * What the forms that add a role and change a role send.
 *
 * @param name the role's name
 * @param description what the role allows
 */
record RoleForm(@Nullable String name, @Nullable String description) {

	static RoleForm empty() {
		return new RoleForm("", "");
	}

	String nameText() {
		return (this.name != null) ? this.name : "";
	}

	String descriptionText() {
		return (this.description != null) ? this.description : "";
	}

}
