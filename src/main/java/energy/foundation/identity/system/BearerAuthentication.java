package energy.foundation.identity.system;

import java.security.Principal;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a bearer token. It keeps the principal the token stands for
 * and never the token itself.
 */
final class BearerAuthentication extends AbstractAuthenticationToken {

	/**
	 * The authority of a SCIM credential.
	 */
	static final String SCIM_CLIENT = "SCIM_CLIENT";

	/**
	 * The authority of a valid SCIM credential of a suspended organisation, which grants
	 * nothing: such requests are authenticated only to be refused with 403.
	 */
	static final String SUSPENDED_SCIM_CLIENT = "SUSPENDED_SCIM_CLIENT";

	/**
	 * The authority of an operator token.
	 */
	static final String OPERATOR = "OPERATOR";

	/**
	 * The authority of a directory API access token of a usable machine client.
	 */
	static final String MACHINE_CLIENT = "MACHINE_CLIENT";

	private final Principal principal;

	BearerAuthentication(Principal principal, String authority) {
		super(List.of(new SimpleGrantedAuthority(authority)));
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Principal getPrincipal() {
		return this.principal;
	}

}
