package energy.foundation.identity.system;

import java.io.IOException;

import energy.foundation.identity.credential.ScimPrincipal;
import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers an authenticated SCIM request that may not proceed with 403 and the SCIM error
 * body; the detail says so when the organisation is suspended.
 */
final class ScimAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean suspended = authentication != null && authentication.getPrincipal() instanceof ScimPrincipal principal
				&& !principal.organisationActive();
		ScimErrorWriter.write(response, HttpStatus.FORBIDDEN, null,
				(suspended) ? "The organisation is suspended; its SCIM requests are refused until it is reinstated"
						: "The credential may not perform this request");
	}

}
