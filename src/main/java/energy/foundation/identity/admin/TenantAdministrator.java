package energy.foundation.identity.admin;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in to the tenant admin app: an OpenID Connect user whose ID token named
 * an onboarded organisation's Entra tenant and held the Tenant Administrator app role.
 * Every page of the app acts on {@link #organisationId()} and nothing else.
 */
public final class TenantAdministrator extends DefaultOidcUser {

	/** The authority every signed-in tenant administrator holds. */
	public static final String ROLE = "ROLE_TENANT_ADMIN";

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID organisationId;

	public TenantAdministrator(UUID organisationId, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		this(organisationId, List.of(new SimpleGrantedAuthority(ROLE)), idToken, userInfo);
	}

	private TenantAdministrator(UUID organisationId, Collection<? extends GrantedAuthority> authorities,
			OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo, "sub");
		this.organisationId = organisationId;
	}

	/**
	 * The organisation this administrator administers.
	 * @return the organisation's id
	 */
	public UUID organisationId() {
		return this.organisationId;
	}

	/**
	 * How to show this person on pages and in the audit log: the {@code name} claim, else
	 * the preferred user name, else the e-mail address, else the subject.
	 * @return a name for people to read
	 */
	public String displayName() {
		for (String claim : List.of("name", "preferred_username", "email")) {
			String value = getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return getSubject();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof TenantAdministrator administrator && super.equals(other)
				&& this.organisationId.equals(administrator.organisationId);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.organisationId.hashCode();
	}

}
