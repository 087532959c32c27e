package energy.foundation.identity.scim;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discovery (RFC 7644 §4): what this service supports, its resource types and their
 * schemas. What is declared here is what works; Bulk and {@code /Me} are declared
 * unsupported and answer 501.
 */
@RestController
@RequestMapping(ScimResourceController.BASE_PATH)
class ScimDiscoveryController {

	static final String ENTERPRISE_USER_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	private final JsonMapper mapper;

	private final ScimResponses responses;

	private final ScimBaseUrls locations;

	private final SchemaRegistry schemas;

	ScimDiscoveryController(JsonMapper mapper, ScimResponses responses, ScimBaseUrls locations,
			SchemaRegistry schemas) {
		this.mapper = mapper;
		this.responses = responses;
		this.locations = locations;
		this.schemas = schemas;
	}

	@GetMapping("/ServiceProviderConfig")
	ResponseEntity<byte[]> serviceProviderConfig(@PathVariable UUID organisationId,
			@RequestParam(required = false) @Nullable String filter) {
		refuseFilter(filter);
		ObjectNode config = this.mapper.createObjectNode();
		config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
		config.putObject("patch").put("supported", true);
		ObjectNode bulk = config.putObject("bulk");
		bulk.put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
		config.putObject("filter").put("supported", true).put("maxResults", ListRequest.MAX_COUNT);
		config.putObject("changePassword").put("supported", false);
		config.putObject("sort").put("supported", true);
		config.putObject("etag").put("supported", true);
		ObjectNode scheme = config.putArray("authenticationSchemes").addObject();
		scheme.put("type", "oauthbearertoken");
		scheme.put("name", "Bearer token");
		scheme.put("description", "A SCIM credential of this organisation, sent as a bearer token (RFC 6750)");
		scheme.put("primary", true);
		config.set("meta", meta("ServiceProviderConfig", organisationId, "/ServiceProviderConfig"));
		return this.responses.json(HttpStatus.OK, config);
	}

	@GetMapping("/ResourceTypes")
	ResponseEntity<byte[]> resourceTypes(@PathVariable UUID organisationId,
			@RequestParam(required = false) @Nullable String filter) {
		refuseFilter(filter);
		List<ObjectNode> types = List.of(userType(organisationId), groupType(organisationId));
		return this.responses.json(HttpStatus.OK, this.responses.listResponse(types.size(), 1, types));
	}

	@GetMapping("/ResourceTypes/{name}")
	ResponseEntity<byte[]> resourceType(@PathVariable UUID organisationId, @PathVariable String name) {
		if (name.equals("User")) {
			return this.responses.json(HttpStatus.OK, userType(organisationId));
		}
		if (name.equals("Group")) {
			return this.responses.json(HttpStatus.OK, groupType(organisationId));
		}
		throw ScimException.notFound("Resource type not found");
	}

	@GetMapping("/Schemas")
	ResponseEntity<byte[]> schemas(@PathVariable UUID organisationId,
			@RequestParam(required = false) @Nullable String filter) {
		refuseFilter(filter);
		ArrayNode all = this.schemas.schemas();
		List<ObjectNode> located = all.valueStream().map((schema) -> located(organisationId, schema)).toList();
		return this.responses.json(HttpStatus.OK, this.responses.listResponse(located.size(), 1, located));
	}

	@GetMapping("/Schemas/{urn}")
	ResponseEntity<byte[]> schema(@PathVariable UUID organisationId, @PathVariable String urn) {
		JsonNode schema = this.schemas.schema(urn).orElseThrow(() -> ScimException.notFound("Schema not found"));
		return this.responses.json(HttpStatus.OK, located(organisationId, schema));
	}

	@RequestMapping("/Bulk")
	ResponseEntity<byte[]> bulk() {
		throw ScimException.of(HttpStatus.NOT_IMPLEMENTED, null,
				"Bulk operations are not supported (see /ServiceProviderConfig)");
	}

	@RequestMapping("/Me")
	ResponseEntity<byte[]> me() {
		throw ScimException.of(HttpStatus.NOT_IMPLEMENTED, null,
				"/Me is not supported: SCIM credentials act for an organisation, not a user");
	}

	/**
	 * RFC 7644 §4: discovery endpoints do not filter, and say so with 403 rather than
	 * ignoring it.
	 */
	private static void refuseFilter(@Nullable String filter) {
		if (filter != null) {
			throw ScimException.of(HttpStatus.FORBIDDEN, null, "Discovery endpoints do not support filtering");
		}
	}

	private ObjectNode located(UUID organisationId, JsonNode schema) {
		ObjectNode copy = (ObjectNode) schema.deepCopy();
		String id = copy.path("id").asString("");
		ObjectNode meta = meta("Schema", organisationId, "/Schemas/" + id);
		copy.set("meta", meta);
		return copy;
	}

	private ObjectNode userType(UUID organisationId) {
		ObjectNode type = resourceType("User", "/Users", ResourceRenderer.USER_SCHEMA, organisationId);
		ObjectNode extension = type.putArray("schemaExtensions").addObject();
		extension.put("schema", ENTERPRISE_USER_SCHEMA);
		extension.put("required", false);
		return type;
	}

	private ObjectNode groupType(UUID organisationId) {
		return resourceType("Group", "/Groups", ResourceRenderer.GROUP_SCHEMA, organisationId);
	}

	private ObjectNode resourceType(String name, String endpoint, String schema, UUID organisationId) {
		ObjectNode type = this.mapper.createObjectNode();
		type.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
		type.put("id", name);
		type.put("name", name);
		type.put("endpoint", endpoint);
		type.put("description", name + " of the organisation");
		type.put("schema", schema);
		type.set("meta", meta("ResourceType", organisationId, "/ResourceTypes/" + name));
		return type;
	}

	private ObjectNode meta(String resourceType, UUID organisationId, String path) {
		ObjectNode meta = this.mapper.createObjectNode();
		meta.put("resourceType", resourceType);
		meta.put("location", this.locations.of(organisationId) + path);
		return meta;
	}

}
