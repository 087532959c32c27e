package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

/**
 * Who sent an operator API request: one of the vendor's operator tokens.
 *
 * @param tokenId the token that authenticated the request
 * @param label what the token was called when it was issued
 * @param prefix the first characters of the token, which identify it to people without
 * revealing it
 */
public record OperatorPrincipal(UUID tokenId, String label, String prefix) implements Principal {

	/**
	 * Who acted, as audit fields such as a SCIM credential's {@code createdBy} record it:
	 * {@code operator token fiop_AbCdEfG}.
	 */
	public String description() {
		return "operator token " + this.prefix;
	}

	@Override
	public String getName() {
		return this.tokenId.toString();
	}

}
