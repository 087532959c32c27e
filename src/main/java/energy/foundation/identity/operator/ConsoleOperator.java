package energy.foundation.identity.operator;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A support operator signed in to the operator console with an operator account of the
 * vendor's own. The password hash is only present while signing in and erased afterwards.
 */
public final class ConsoleOperator implements UserDetails, CredentialsContainer {

	/** The authority every signed-in operator holds. */
	public static final String ROLE = "ROLE_OPERATOR";

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	public ConsoleOperator(UUID accountId, String username, String displayName, @Nullable String passwordHash,
			boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	/**
	 * The operator account's id.
	 * @return the id
	 */
	public UUID accountId() {
		return this.accountId;
	}

	/**
	 * How to show this operator on pages and in the audit log.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(ROLE));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ConsoleOperator operator && this.accountId.equals(operator.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "ConsoleOperator[accountId=" + this.accountId + ", username=" + this.username + "]";
	}

}
