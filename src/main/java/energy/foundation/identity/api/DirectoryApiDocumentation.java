package energy.foundation.identity.api;

import java.util.List;
import java.util.Set;

import energy.foundation.identity.credential.DirectoryApiProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the directory API, served at {@value #DOCUMENT_PATH} without
 * authentication: the {@code /api/v1} endpoints, which springdoc reads from the
 * controllers, and the token endpoint, which Spring Security serves and is described here
 * by hand, with the problem and OAuth error bodies.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryApiDocumentation {

	/**
	 * Where the description is served.
	 */
	static final String DOCUMENT_PATH = DirectoryApiUrls.API_PATH + "/openapi.json";

	private static final String SCHEME = "machineClient";

	private static final String PROBLEM = "Problem";

	private static final String OAUTH_ERROR = "OAuthError";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Set<String> NOT_FOUND_OPERATIONS = Set.of("getUser", "getGroup", "listGroupMembers");

	@Bean
	OpenAPI directoryApi() {
		return new OpenAPI()
			.info(new Info().title("Foundation Identity directory API")
				.version("v1")
				.description("What the platform's instances read about their organisation's users, groups and roles, "
						+ "the change feed, and sign-in decisions. Call it with an access token from POST "
						+ "/oauth2/token (OAuth 2.0 client credentials of one of the instance's machine clients); "
						+ "the instance is always the token's. Errors are RFC 9457 problem details, bearer token "
						+ "failures RFC 6750 challenges."))
			.components(new Components().addSecuritySchemes(SCHEME, machineClientScheme()))
			.addSecurityItem(new SecurityRequirement().addList(SCHEME))
			.addTagsItem(new Tag().name("token").description("Access tokens for machine clients"));
	}

	/**
	 * Adds the token endpoint and the answers every API operation may give.
	 */
	@Bean
	OpenApiCustomizer directoryApiCustomizer(DirectoryApiProperties properties) {
		return (openApi) -> {
			// added here: springdoc drops the schemas no controller refers to before it
			// calls customizers
			Components components = openApi.getComponents();
			if (components == null) {
				components = new Components();
				openApi.setComponents(components);
			}
			components.addSchemas(PROBLEM, problemSchema()).addSchemas(OAUTH_ERROR, oauthErrorSchema());
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach(this::addErrorResponses));
			openApi.getPaths()
				.addPathItem(DirectoryApiUrls.TOKEN_PATH,
						new PathItem().post(tokenOperation(properties.accessTokenLifetime())));
		};
	}

	private void addErrorResponses(Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.putIfAbsent("400", problem("The request is malformed; detail says what to change"));
		responses.putIfAbsent("401",
				problem("No access token, or one that is expired, not issued by this "
						+ "service, or of a revoked client, retired instance or suspended organisation "
						+ "(WWW-Authenticate: Bearer)"));
		String operationId = String.valueOf(operation.getOperationId());
		if (NOT_FOUND_OPERATIONS.contains(operationId)) {
			responses.putIfAbsent("404", problem("No such " + (operationId.equals("getUser") ? "user" : "group")
					+ " in the instance's organisation, or a malformed id"));
		}
		if (operationId.equals("readEvents")) {
			responses.putIfAbsent("410", problem("after is from before events were removed after the retention "
					+ "period: read the users again, then the feed from after=0"));
		}
		if (operationId.equals("decideSignIn")) {
			responses.putIfAbsent("415", problem("The body is not sent as application/json"));
			responses.putIfAbsent("413", problem("The body is larger than 64 KB"));
		}
	}

	private static Operation tokenOperation(String lifetime) {
		Schema<?> form = new ObjectSchema()
			.addProperty("grant_type", new StringSchema()._enum(List.of("client_credentials")))
			.addProperty("client_id", new StringSchema().description("With client_secret_post"))
			.addProperty("client_secret", new StringSchema().description("With client_secret_post"))
			.required(List.of("grant_type"));
		Schema<?> token = new ObjectSchema().addProperty("access_token", new StringSchema())
			.addProperty("token_type", new StringSchema()._enum(List.of("Bearer")))
			.addProperty("expires_in", new IntegerSchema().description("Seconds the token works"));
		return new Operation().operationId("requestToken")
			.addTagsItem("token")
			.summary("Get an access token (OAuth 2.0 client credentials, RFC 6749 §4.4)")
			.description("Authenticate the machine client with HTTP Basic (client_secret_basic) or in the form body "
					+ "(client_secret_post). The token is a JWT for one instance, valid for " + lifetime
					+ " (expires_in says so too); ask for a new one when it expires.")
			.security(List.of())
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
			.responses(
					new ApiResponses()
						.addApiResponse("200",
								new ApiResponse().description("The access token")
									.content(new Content().addMediaType("application/json",
											new MediaType().schema(token))))
						.addApiResponse("400",
								oauthError("invalid_request, unsupported_grant_type or unauthorized_client"))
						.addApiResponse("401",
								oauthError("invalid_client: unknown or revoked client, wrong secret, retired "
										+ "instance or suspended organisation")));
	}

	private static SecurityScheme machineClientScheme() {
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("OAuth 2.0 client credentials of a machine client of the instance")
			.flows(new OAuthFlows()
				.clientCredentials(new OAuthFlow().tokenUrl(DirectoryApiUrls.TOKEN_PATH).scopes(new Scopes())));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static ApiResponse oauthError(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + OAUTH_ERROR))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type",
					new StringSchema().format("uri-reference")
						.description("Always about:blank: the status says what kind of problem it is"))
			.addProperty("title", new StringSchema().description("The status's reason phrase"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What went wrong and what to change"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"));
	}

	private static Schema<?> oauthErrorSchema() {
		return new ObjectSchema().description("RFC 6749 §5.2 error")
			.addProperty("error",
					new StringSchema()
						.description("The RFC 6749 error code, such as invalid_client or unsupported_grant_type"))
			.addProperty("error_description", new StringSchema().description("What went wrong, for people"))
			.addProperty("error_uri", new StringSchema().format("uri"))
			.required(List.of("error"));
	}

}
