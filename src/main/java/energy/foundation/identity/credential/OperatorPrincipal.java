package energy.foundation.identity.credential;

import java.security.Principal;
import java.util.UUID;

/**
 * Who sent an operator API request: one of the vendor's operator tokens.
 *
 * @param tokenId the token that authenticated the request
 * @param label what the token was called when it was issued
 */
public record OperatorPrincipal(UUID tokenId, String label) implements Principal {

	@Override
	public String getName() {
		return this.tokenId.toString();
	}

}
