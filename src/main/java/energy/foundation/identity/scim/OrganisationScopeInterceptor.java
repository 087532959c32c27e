package energy.foundation.identity.scim;

import java.util.Map;

import energy.foundation.identity.credential.ScimPrincipal;
import energy.foundation.identity.scim.error.ScimException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks, after the path has been matched, that the organisation in the URL is the one
 * whose credential authenticated the request. The security chain already binds each
 * credential to its organisation's URL; this second look guards the endpoints against any
 * difference between how the chain and the handler mapping read a path.
 */
final class OrganisationScopeInterceptor implements HandlerInterceptor {

	/**
	 * Request attribute holding the organisation id once the request is known to act for
	 * it.
	 */
	static final String AUTHENTICATED_ORGANISATION = OrganisationScopeInterceptor.class.getName() + ".organisation";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> values) || !(values.get("organisationId") instanceof String claimed)) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean allowed = authentication != null && authentication.getPrincipal() instanceof ScimPrincipal principal
				&& principal.organisationId().toString().equalsIgnoreCase(claimed);
		if (!allowed) {
			throw ScimException.of(HttpStatus.UNAUTHORIZED, null,
					"The credential is not valid for this organisation's SCIM endpoint");
		}
		request.setAttribute(AUTHENTICATED_ORGANISATION, claimed);
		return true;
	}

	/**
	 * Applies the check to every SCIM endpoint.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new OrganisationScopeInterceptor()).addPathPatterns("/scim/**");
		}

	}

}
