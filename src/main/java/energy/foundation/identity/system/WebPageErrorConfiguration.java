package energy.foundation.identity.system;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link WebPageExceptionResolver} before every other exception resolver, so that
 * the JSON error advice of the SCIM and operator APIs never answers a web page.
 */
@Configuration(proxyBeanMethods = false)
class WebPageErrorConfiguration implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new WebPageExceptionResolver());
	}

}
