package energy.foundation.identity.system;

import java.io.IOException;
import java.util.UUID;

import energy.foundation.identity.credential.MachineClientPrincipal;
import energy.foundation.identity.credential.ScimPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the authenticated organisation into the logging context as {@code organisationId}
 * for the rest of a SCIM or directory API request. For SCIM it also puts the principal
 * into the request attribute {@link ScimPrincipal#REQUEST_ATTRIBUTE} for the provisioning
 * log, which records the request after the security chain has cleared its context.
 */
final class OrganisationContextRequestFilter extends OncePerRequestFilter {

	static final String KEY = "organisationId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		UUID organisationId;
		if (principal instanceof ScimPrincipal scim) {
			request.setAttribute(ScimPrincipal.REQUEST_ATTRIBUTE, scim);
			organisationId = scim.organisationId();
		}
		else if (principal instanceof MachineClientPrincipal client) {
			organisationId = client.organisationId();
		}
		else {
			chain.doFilter(request, response);
			return;
		}

		MDC.put(KEY, organisationId.toString());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

}
