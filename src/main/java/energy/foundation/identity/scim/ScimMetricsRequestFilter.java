package energy.foundation.identity.scim;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Measures every SCIM request, accepted or refused (also by authentication, which runs
 * inside it): the {@code scim.requests} timer by organisation, operation, resource type
 * and status, with a latency histogram. Puts the SCIM operation and resource id into the
 * logging context. The organisation tag is {@code none} for requests that failed
 * authentication, so that random ids in URLs cannot multiply the series.
 */
final class ScimMetricsRequestFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ScimMetricsRequestFilter.class);

	private static final Pattern SCIM_PATH = Pattern
		.compile("/scim/v2/organisations/([^/]+)(?:/([^/?]+))?(?:/([^/?]+))?.*");

	private final MeterRegistry registry;

	ScimMetricsRequestFilter(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ScimExceptionAdvice.isScim(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = SCIM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		boolean matched = path.matches();
		String resource = (matched && path.group(2) != null) ? path.group(2) : "none";
		String id = matched ? path.group(3) : null;
		String operation = operation(request.getMethod(), resource, id);
		MDC.put("scimOperation", operation);
		if (id != null && !id.startsWith(".")) {
			MDC.put("resourceId", id);
		}
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long elapsed = System.nanoTime() - start;
			int status = response.getStatus();
			String organisation = (request
				.getAttribute(OrganisationScopeInterceptor.AUTHENTICATED_ORGANISATION) instanceof String verified)
						? verified : "none";
			record(organisation, operation, resource, status, elapsed);
			logger.debug("Answered SCIM request with status {} in {} ms", status, elapsed / 1_000_000);
			MDC.remove("scimOperation");
			MDC.remove("resourceId");
		}
	}

	private void record(String organisation, String operation, String resource, int status, long nanos) {
		Timer.builder("scim.requests")
			.description("SCIM requests by organisation, operation, resource type and status")
			.tag("organisation", organisation)
			.tag("operation", operation)
			.tag("resource", knownResource(resource))
			.tag("status", Integer.toString(status))
			.publishPercentileHistogram()
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	private static String operation(String method, String resource, @Nullable String id) {
		if (resource.equals("Bulk") || resource.equals("Me")) {
			return "unsupported";
		}
		if (!resource.equals("Users") && !resource.equals("Groups")) {
			return "discovery";
		}
		String verb = method.toUpperCase(Locale.ROOT);
		if (id == null) {
			return switch (verb) {
				case "GET" -> "list";
				case "POST" -> "create";
				default -> "other";
			};
		}
		if (id.equals(".search")) {
			return "search";
		}
		return switch (verb) {
			case "GET" -> "get";
			case "PUT" -> "replace";
			case "PATCH" -> "patch";
			case "DELETE" -> "delete";
			default -> "other";
		};
	}

	private static String knownResource(String resource) {
		return switch (resource) {
			case "Users", "Groups", "ServiceProviderConfig", "ResourceTypes", "Schemas", "Bulk", "Me" -> resource;
			default -> "other";
		};
	}

	/**
	 * Registers the filter outside Spring Security's chain, so that refused requests are
	 * measured.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ScimMetricsRequestFilter> scimMetricsRequestFilter(MeterRegistry registry) {
			FilterRegistrationBean<ScimMetricsRequestFilter> registration = new FilterRegistrationBean<>(
					new ScimMetricsRequestFilter(registry));
			registration.addUrlPatterns("/scim/*");
			registration.setOrder(-200);
			return registration;
		}

	}

}
