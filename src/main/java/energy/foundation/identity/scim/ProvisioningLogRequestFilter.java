package energy.foundation.identity.scim;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import energy.foundation.identity.activity.ProvisioningEvent;
import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.credential.ScimPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every SCIM request of an existing organisation into its provisioning log once it
 * has been answered, accepted or rejected, including requests that failed authentication:
 * the filter runs outside the security chain and reads the organisation from the URL.
 * Requests naming no organisation, an id that is not a UUID or an organisation that does
 * not exist are not recorded. A failure to write the log is logged and changes nothing in
 * the answer.
 */
final class ProvisioningLogRequestFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ProvisioningLogRequestFilter.class);

	private static final Pattern SCIM_PATH = Pattern
		.compile("/scim/v2/organisations/([^/]+)(?:/([^/]+))?(?:/([^/]+))?/?");

	// the request attribute RequestIdRequestFilter sets
	private static final String REQUEST_ID = "requestId";

	private final ProvisioningLog log;

	private final Clock clock;

	ProvisioningLogRequestFilter(ProvisioningLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ScimExceptionAdvice.isScim(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = SCIM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		UUID organisationId = path.matches() ? uuid(path.group(1)) : null;
		if (organisationId == null) {
			chain.doFilter(request, response);
			return;
		}

		RequestActivity activity = new RequestActivity();
		request.setAttribute(RequestActivity.ATTRIBUTE, activity);
		Instant receivedAt = this.clock.instant();
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long latency = (System.nanoTime() - start) / 1_000_000;
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			record(request, new Answered(organisationId, path.group(2), path.group(3), receivedAt, latency, status),
					activity);
		}
	}

	private void record(HttpServletRequest request, Answered answered, RequestActivity activity) {
		try {
			this.log.record(event(request, answered, activity));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not write the provisioning log entry of a SCIM request: {}", ex.getClass().getName());
			logger.debug("Provisioning log failure", ex);
		}
	}

	private static ProvisioningEvent event(HttpServletRequest request, Answered answered, RequestActivity activity) {
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		String filter = method.equals("GET") ? request.getParameter("filter") : null;
		RequestClassifier.Classification classification = RequestClassifier.classify(method, answered.endpoint(),
				answered.id(), answered.status(), filter, activity);
		ScimPrincipal principal = (request.getAttribute(ScimPrincipal.REQUEST_ATTRIBUTE) instanceof ScimPrincipal found
				&& found.organisationId().equals(answered.organisationId())) ? found : null;
		UUID resourceId = (activity.resourceId() != null) ? activity.resourceId() : resourceId(answered.id());
		boolean changed = classification.resourceType() != null;

		return new ProvisioningEvent(answered.organisationId(), answered.receivedAt(), classification.operation(),
				classification.summary(), classification.resourceType(), changed ? resourceId : null, answered.status(),
				activity.scimType(), answered.latencyMillis(), (principal != null) ? principal.credentialId() : null,
				(principal != null) ? principal.credentialPrefix() : null, classification.changedAttributes(),
				activity.membersAdded(), activity.membersRemoved(), classification.testConnection(), requestId(request),
				(principal != null) ? activity.body() : null);
	}

	private static String requestId(HttpServletRequest request) {
		return (request.getAttribute(REQUEST_ID) instanceof String id) ? id : "none";
	}

	private static @Nullable UUID resourceId(@Nullable String segment) {
		return (segment != null && !segment.startsWith(".")) ? uuid(segment) : null;
	}

	/**
	 * The UUID written in the usual 36 characters, in either case; {@code null} for
	 * anything else.
	 */
	private static @Nullable UUID uuid(@Nullable String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			UUID parsed = UUID.fromString(text);
			return parsed.toString().equalsIgnoreCase(text) ? parsed : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Where a request went and how it was answered.
	 */
	private record Answered(UUID organisationId, @Nullable String endpoint, @Nullable String id, Instant receivedAt,
			long latencyMillis, int status) {

	}

	/**
	 * Registers the filter outside Spring Security's chain and the metrics filter, so
	 * that refused requests are recorded too and the log's write is not counted as SCIM
	 * latency.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ProvisioningLogRequestFilter> provisioningLogRequestFilter(ProvisioningLog log,
				ObjectProvider<Clock> clock) {
			FilterRegistrationBean<ProvisioningLogRequestFilter> registration = new FilterRegistrationBean<>(
					new ProvisioningLogRequestFilter(log, clock.getIfAvailable(Clock::systemUTC)));
			registration.addUrlPatterns("/scim/*");
			registration.setOrder(-210);
			return registration;
		}

	}

}
