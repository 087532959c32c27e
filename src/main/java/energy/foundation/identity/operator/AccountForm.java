package energy.foundation.identity.operator;

import org.jspecify.annotations.Nullable;

/**
 * What the set-up and account forms send. Passwords are never put back into a form.
 *
 * @param token the operator token (set-up only)
 * @param username the user name
 * @param displayName the display name
 * @param password the password
 * @param confirmation the password typed again
 */
record AccountForm(@Nullable String token, @Nullable String username, @Nullable String displayName,
		@Nullable String password, @Nullable String confirmation) {

	static AccountForm empty() {
		return new AccountForm(null, null, null, null, null);
	}

	String usernameText() {
		return (this.username != null) ? this.username : "";
	}

	String displayNameText() {
		return (this.displayName != null) ? this.displayName : "";
	}

	/**
	 * The password, once it is known to be typed the same twice.
	 * @throws OperatorAccountException if the two differ
	 */
	String confirmedPassword() {
		String typed = (this.password != null) ? this.password : "";
		if (!typed.equals(this.confirmation)) {
			throw new OperatorAccountException("The two passwords are not the same.");
		}
		return typed;
	}

	/**
	 * The same form without any secret, to show again.
	 */
	AccountForm withoutSecrets() {
		return new AccountForm(null, this.username, this.displayName, null, null);
	}

	// the operator token and the passwords never reach a log line or an error page
	@Override
	public String toString() {
		return "AccountForm[username=" + this.username + ", displayName=" + this.displayName + "]";
	}

}
