package energy.foundation.identity.scim;

import java.util.List;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds SCIM responses: always {@code application/scim+json}, whatever the client's
 * {@code Accept} says (Entra ID sends none), and list responses as RFC 7644 §3.4.2 shapes
 * them.
 */
@Component
final class ScimResponses {

	static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimErrorWriter.SCIM_JSON);

	static final String LIST_RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	private final JsonMapper mapper;

	ScimResponses(JsonMapper mapper) {
		this.mapper = mapper;
	}

	ResponseEntity<byte[]> json(HttpStatus status, JsonNode body) {
		return json(status, new HttpHeaders(), body);
	}

	ResponseEntity<byte[]> json(HttpStatus status, HttpHeaders headers, JsonNode body) {
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(SCIM_JSON)
			.body(this.mapper.writeValueAsBytes(body));
	}

	ObjectNode listResponse(long totalResults, int startIndex, List<? extends JsonNode> resources) {
		ObjectNode list = this.mapper.createObjectNode();
		list.putArray("schemas").add(LIST_RESPONSE_SCHEMA);
		list.put("totalResults", totalResults);
		list.put("itemsPerPage", resources.size());
		list.put("startIndex", startIndex);
		ArrayNode items = list.putArray("Resources");
		resources.forEach(items::add);
		return list;
	}

}
