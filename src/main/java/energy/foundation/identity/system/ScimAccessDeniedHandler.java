package energy.foundation.identity.system;

import java.io.IOException;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers an authenticated SCIM request that may not proceed with 403 and the SCIM error
 * body.
 */
final class ScimAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		ScimErrorWriter.write(response, HttpStatus.FORBIDDEN, null, "The credential may not perform this request");
	}

}
