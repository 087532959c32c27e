package energy.foundation.identity.scim;

import java.util.List;

import energy.foundation.identity.scim.error.ScimException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before anything changes, a SCIM request whose {@code Accept} header rules out
 * JSON (406, RFC 7231 §6.5.6). No {@code Accept} header, or one that cannot be parsed, is
 * read as "anything": Entra ID's Test Connection sends none.
 */
final class MediaTypeInterceptor implements HandlerInterceptor {

	private static final List<MediaType> PRODUCED = List.of(ScimResponses.SCIM_JSON, MediaType.APPLICATION_JSON);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!request.getMethod().equals("GET") && !request.getMethod().equals("DELETE")) {
			ScimRequestBodies.checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank() || acceptsJson(accept)) {
			return true;
		}
		throw ScimException.of(HttpStatus.NOT_ACCEPTABLE, null,
				"Responses are application/scim+json; the Accept header rules it out");
	}

	private static boolean acceptsJson(String accept) {
		try {
			List<MediaType> acceptable = MediaType.parseMediaTypes(accept);
			return acceptable.stream()
				.filter((type) -> type.getQualityValue() > 0)
				.anyMatch((type) -> PRODUCED.stream().anyMatch(type::includes));
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
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
