package energy.foundation.identity.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the servlet filters that run around the security filter chains.
 */
@Configuration(proxyBeanMethods = false)
class RequestFilterConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdRequestFilter> requestIdRequestFilter() {
		FilterRegistrationBean<RequestIdRequestFilter> registration = new FilterRegistrationBean<>(
				new RequestIdRequestFilter());
		// Right after character encoding, so that everything later logs with the request
		// id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeRequestFilter> requestSizeRequestFilter(ScimRequestProperties properties) {
		FilterRegistrationBean<RequestSizeRequestFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeRequestFilter(properties.maxRequestBytes()));
		// After security, so that an unauthenticated client gets its 401 before any 413.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		registration.addUrlPatterns("/scim/*");
		return registration;
	}

}
