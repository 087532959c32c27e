package energy.foundation.identity.system;

import energy.foundation.identity.credential.OperatorTokens;
import energy.foundation.identity.credential.ScimCredentials;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security filter chains: SCIM requests authenticate with a SCIM credential of the
 * organisation in their URL, the operator API and the metrics endpoint with an operator
 * token; health is open, and everything else is open until the web consoles arrive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain scimSecurityFilterChain(HttpSecurity http, ScimCredentials credentials) throws Exception {
		ScimAuthenticationEntryPoint entryPoint = new ScimAuthenticationEntryPoint();
		ScimAccessDeniedHandler accessDeniedHandler = new ScimAccessDeniedHandler();
		http.securityMatcher("/scim/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(BearerAuthentication.SCIM_CLIENT))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.authenticationManagerResolver(new ScimAuthenticationManagerResolver(credentials))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.addFilterAfter(new OrganisationContextRequestFilter(), BearerTokenAuthenticationFilter.class);
		return stateless(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operatorSecurityFilterChain(HttpSecurity http, OperatorTokens operatorTokens) throws Exception {
		OperatorAuthenticationEntryPoint entryPoint = new OperatorAuthenticationEntryPoint();
		OperatorAccessDeniedHandler accessDeniedHandler = new OperatorAccessDeniedHandler();
		AuthenticationManager manager = (authentication) -> authenticateOperator(operatorTokens, authentication);
		AuthenticationManagerResolver<HttpServletRequest> resolver = (request) -> manager;
		http.securityMatcher("/operator/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(BearerAuthentication.OPERATOR))
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationManagerResolver(resolver)
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return stateless(http).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http) throws Exception {
		// The web consoles will sign people in here; until then nothing else needs
		// protection.
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new ScimRequestRejectedHandler();
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
	}

	private static Authentication authenticateOperator(OperatorTokens operatorTokens, Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			throw new InvalidBearerTokenException("Not a bearer token");
		}
		return operatorTokens.authenticate(bearer.getToken())
			.map((principal) -> new BearerAuthentication(principal, BearerAuthentication.OPERATOR))
			.orElseThrow(() -> new InvalidBearerTokenException("The bearer token is not a valid operator token"));
	}

}
