package energy.foundation.identity.scim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before its body is read, a SCIM request whose body is not declared as JSON
 * (415), so that no media type, not even a malformed or wildcard one, reaches Spring's
 * argument resolution. The {@code Accept} header is deliberately not negotiated: every
 * answer is {@code application/scim+json}, because Entra ID sends no {@code Accept}
 * header and SCIM servers that answered 406 to odd ones broke its Test Connection.
 */
final class MediaTypeInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!request.getMethod().equals("GET") && !request.getMethod().equals("DELETE")) {
			ScimRequestBodies.checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
		}
		return true;
	}

	/**
	 * Applies the check to every SCIM endpoint.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new MediaTypeInterceptor()).addPathPatterns("/scim/**");
		}

	}

}
