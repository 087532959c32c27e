package energy.foundation.identity.system;

import java.util.List;

import energy.foundation.identity.admin.TenantAdministrator;
import energy.foundation.identity.admin.TenantAdministratorSignIn;
import energy.foundation.identity.credential.MachineClientTokens;
import energy.foundation.identity.credential.OperatorTokens;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.operator.ConsoleOperator;
import energy.foundation.identity.operator.OperatorSignIn;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer.SessionFixationConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security filter chains: SCIM requests authenticate with a SCIM credential of the
 * organisation in their URL, the operator API and the metrics endpoint with an operator
 * token; health is open. The platform's instances get access tokens for the directory API
 * from the OAuth 2.0 token endpoint (client credentials of a machine client) and send
 * them as bearer tokens to {@code /api}, whose OpenAPI description is open; the other
 * endpoints of an authorization server are not offered (404). The web consoles sign
 * people in with a session: tenant administrators under {@code /admin} through OpenID
 * Connect (Entra ID), support operators under {@code /operator} with their operator
 * account's password. Forms carry a CSRF token; signing out is a POST to
 * {@code /sign-out}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	// Pages load scripts and styles from this service only; nothing inline, no frames.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	// The servlet container's session cookie (server.servlet.session.cookie.name is not
	// changed).
	private static final String SESSION_COOKIE = "JSESSIONID";

	private static final String TOKEN_ENDPOINT = "/oauth2/token";

	private static final String JWK_SET_ENDPOINT = "/oauth2/jwks";

	private static final String METADATA_ENDPOINT = "/.well-known/oauth-authorization-server";

	private static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

	// The default paths of the authorization server endpoints that this service does not
	// enable, and the metadata documents other than RFC 8414's at the root.
	private static final String[] UNOFFERED_OAUTH_ENDPOINTS = { "/oauth2/authorize", "/oauth2/par",
			"/oauth2/device_authorization", "/oauth2/device_verification", "/oauth2/introspect", "/oauth2/revoke",
			"/connect/register", "/connect/logout", "/userinfo", "/.well-known/openid-configuration/**",
			"/.well-known/oauth-authorization-server/**" };

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
		return bearerOnly(http);
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
		return bearerOnly(http);
	}

	@Bean
	@Order(3)
	SecurityFilterChain tokenSecurityFilterChain(HttpSecurity http, MachineClientTokens tokens,
			RegisteredClientRepository clients, OAuth2AuthorizationService authorizations) throws Exception {
		TokenEndpointClientFailureHandler failures = new TokenEndpointClientFailureHandler();
		http.securityMatcher(TOKEN_ENDPOINT, JWK_SET_ENDPOINT, METADATA_ENDPOINT)
			.with(new OAuth2AuthorizationServerConfigurer(),
					(server) -> server.registeredClientRepository(clients)
						.authorizationService(authorizations)
						.tokenGenerator(tokens.tokenGenerator())
						.clientAuthentication((authentication) -> authentication
							.authenticationProviders((providers) -> useSecretEncoder(providers, tokens))
							.errorResponseHandler(failures)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(JWK_SET_ENDPOINT, METADATA_ENDPOINT)
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(failures))
			.addFilterAfter(new AuthorizationServerMetadataRequestFilter(METADATA_ENDPOINT), HeaderWriterFilter.class)
			.addFilterAfter(new TokenEndpointRequestFilter(TOKEN_ENDPOINT), HeaderWriterFilter.class);
		return stateless(http).build();
	}

	/**
	 * The endpoints an OAuth 2.0 authorization server may offer and this one does not: it
	 * issues tokens by the client credentials grant only. Each answers 404 with a problem
	 * body, to every method, rather than a console page or a CSRF refusal.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain unofferedOAuthEndpointsSecurityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint notFound = (request, response, exception) -> ProblemWriter.write(request, response,
				HttpStatus.NOT_FOUND,
				"No endpoint at this path: this authorization server offers only the token endpoint " + TOKEN_ENDPOINT
						+ " (client credentials grant) and its keys at " + JWK_SET_ENDPOINT);
		http.securityMatcher(UNOFFERED_OAUTH_ENDPOINTS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(notFound));
		return stateless(http).build();
	}

	/**
	 * The directory API's description is public: no credential is looked at, so that a
	 * client that sends its {@code Authorization} header with every request (an expired
	 * token, another scheme) still gets it, by GET or HEAD.
	 */
	@Bean
	@Order(5)
	SecurityFilterChain openApiDocumentSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(OPENAPI_DOCUMENT).authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return stateless(http).build();
	}

	@Bean
	@Order(6)
	SecurityFilterChain directoryApiSecurityFilterChain(HttpSecurity http, MachineClientTokens tokens)
			throws Exception {
		DirectoryApiAuthenticationEntryPoint entryPoint = new DirectoryApiAuthenticationEntryPoint();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(requests) -> requests.anyRequest().hasAuthority(BearerAuthentication.MACHINE_CLIENT))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(tokens.decoder())
					.jwtAuthenticationConverter(new DirectoryApiTokenConverter(tokens)))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(entryPoint))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
			.addFilterAfter(new OrganisationContextRequestFilter(), BearerTokenAuthenticationFilter.class);
		return bearerOnly(http);
	}

	/**
	 * The decoder of directory API access tokens, as the only {@link JwtDecoder} of the
	 * service: no other part accepts JWT bearer tokens.
	 */
	@Bean
	JwtDecoder directoryApiJwtDecoder(MachineClientTokens tokens) {
		return tokens.decoder();
	}

	@Bean
	@Order(7)
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, TenantAdministratorSignIn tenantSignIn,
			OperatorSignIn operatorSignIn) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasAuthority(TenantAdministrator.ROLE)
			.requestMatchers(OperatorSignIn.SIGN_IN_PAGE, "/operator/setup")
			.permitAll()
			.requestMatchers("/operator/**")
			.hasAuthority(ConsoleOperator.ROLE)
			.anyRequest()
			.permitAll())
			.oauth2Login(tenantSignIn::configure)
			.formLogin(operatorSignIn::configure)
			.authenticationProvider(operatorSignIn.authenticationProvider())
			.addFilterBefore(operatorSignIn.disabledAccountFilter(), AuthorizationFilter.class)
			// A new session id at every sign-in, so that an id planted before it is worth
			// nothing after.
			.sessionManagement((sessions) -> sessions.sessionFixation(SessionFixationConfigurer::changeSessionId))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(OperatorSignIn.SIGN_IN_PAGE),
						PathPatternRequestMatcher.pathPattern("/operator/**"))
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint(TenantAdministratorSignIn.SIGN_IN_PAGE),
						AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(FrameOptionsConfig::deny))
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/?signed-out")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies(SESSION_COOKIE));
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

	/**
	 * Builds a stateless chain that takes bearer tokens (RFC 6750) only. The resource
	 * server configurer adds a DPoP (RFC 9449) authentication filter to every chain it
	 * configures, which answers a request with the {@code DPoP} scheme itself: an empty
	 * 401 with a {@code DPoP} challenge, even on paths that need no credential. This
	 * service neither issues nor accepts DPoP-bound tokens, so that filter is left out
	 * and the scheme is treated like any other the chain does not know: the request is
	 * not authenticated and the chain's own entry point answers it with a {@code Bearer}
	 * challenge (RFC 6750 §3.1).
	 */
	private static SecurityFilterChain bearerOnly(HttpSecurity http) throws Exception {
		DefaultSecurityFilterChain chain = stateless(http).build();
		List<Filter> filters = chain.getFilters().stream().filter((filter) -> !isDPoPFilter(filter)).toList();
		return new DefaultSecurityFilterChain(chain.getRequestMatcher(), filters);
	}

	// The filter is a plain AuthenticationFilter whose converter is a private class of
	// Spring Security's DPoP configurer, so only the converter's name tells it apart.
	// Should the name change, the DPoP-scheme scenarios of the SCIM, operator and
	// directory APIs fail on the challenge they get.
	private static boolean isDPoPFilter(Filter filter) {
		return filter instanceof AuthenticationFilter authentication
				&& authentication.getAuthenticationConverter().getClass().getName().contains("DPoP");
	}

	private static void useSecretEncoder(List<AuthenticationProvider> providers, MachineClientTokens tokens) {
		for (AuthenticationProvider provider : providers) {
			if (provider instanceof ClientSecretAuthenticationProvider secrets) {
				secrets.setPasswordEncoder(tokens.secretEncoder());
			}
		}
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
