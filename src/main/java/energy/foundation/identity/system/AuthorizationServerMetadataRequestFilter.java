package energy.foundation.identity.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the authorization server metadata request (RFC 8414 §3) with what the token
 * endpoint really offers: the client credentials grant, with the client secret sent by
 * HTTP Basic or in the form. The metadata endpoint of Spring's authorization server
 * support describes every endpoint, grant and client authentication it could offer
 * (authorization code, refresh and device grants, token exchange, introspection,
 * revocation, private key JWTs, DPoP), none of which this service enables, and cannot
 * leave out the authorization endpoint; this filter answers before it does.
 */
final class AuthorizationServerMetadataRequestFilter extends OncePerRequestFilter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final RequestMatcher endpoint;

	AuthorizationServerMetadataRequestFilter(String path) {
		this.endpoint = PathPatternRequestMatcher.pathPattern(path);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		boolean read = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
		return !read || !this.endpoint.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AuthorizationServerContext context = AuthorizationServerContextHolder.getContext();
		if (context == null) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = MAPPER.writeValueAsBytes(metadata(context));

		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static ObjectNode metadata(AuthorizationServerContext context) {
		String issuer = context.getIssuer();
		AuthorizationServerSettings settings = context.getAuthorizationServerSettings();
		ObjectNode metadata = MAPPER.createObjectNode();
		metadata.put("issuer", issuer);
		metadata.put("token_endpoint", issuer + settings.getTokenEndpoint());
		metadata.put("jwks_uri", issuer + settings.getJwkSetEndpoint());
		// required by RFC 8414; empty because there is no authorization endpoint
		metadata.putArray("response_types_supported");
		metadata.putArray("grant_types_supported").add(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());
		metadata.putArray("token_endpoint_auth_methods_supported")
			.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue())
			.add(ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());
		return metadata;
	}

}
