package energy.foundation.identity.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Tolerates a trailing slash on SCIM URLs: a customer may paste the base URL with one,
 * and Entra ID then asks for {@code .../Users/}.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashConfiguration {

	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashRequestFilter() {
		UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/scim/**").wrapRequest().build();
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
