package energy.foundation.identity.system;

import java.io.IOException;

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
 * for the rest of a SCIM request, and the principal into the request attribute
 * {@link ScimPrincipal#REQUEST_ATTRIBUTE} for the provisioning log, which records the
 * request after the security chain has cleared its context.
 */
final class OrganisationContextRequestFilter extends OncePerRequestFilter {

	static final String KEY = "organisationId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ScimPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}

		request.setAttribute(ScimPrincipal.REQUEST_ATTRIBUTE, principal);
		MDC.put(KEY, principal.organisationId().toString());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

}
