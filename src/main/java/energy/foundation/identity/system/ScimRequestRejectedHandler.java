package energy.foundation.identity.system;

import java.io.IOException;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers requests the security firewall rejects (a URL that is not normalised, control
 * characters in a parameter or header, ...) with a 400 in the protocol's own error format
 * instead of a 500.
 */
final class ScimRequestRejectedHandler implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(ScimRequestRejectedHandler.class);

	private static final String DETAIL = "The request was rejected: its URL, parameters or headers contain "
			+ "characters or sequences that are not allowed";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException exception)
			throws IOException {
		logger.debug("Rejected a request the firewall does not accept");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/scim/")) {
			ScimErrorWriter.write(response, HttpStatus.BAD_REQUEST, null, DETAIL);
		}
		else {
			ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST, DETAIL);
		}
	}

}
