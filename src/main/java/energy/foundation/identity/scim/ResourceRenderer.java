package energy.foundation.identity.scim;

import java.util.Map;

import energy.foundation.identity.directory.Reference;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Turns a stored user or group into its SCIM representation (RFC 7643 §3):
 * {@code schemas} (the core schema and every extension the resource carries), {@code id},
 * the stored attributes exactly as the client sent them, group {@code members} or user
 * {@code groups}, and {@code meta}.
 */
@Component
final class ResourceRenderer {

	static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

	private final JsonMapper mapper;

	ResourceRenderer(JsonMapper mapper) {
		this.mapper = mapper;
	}

	ObjectNode render(StoredResource resource, String baseUrl, boolean withReferences) {
		ObjectNode rendered = this.mapper.createObjectNode();
		ArrayNode schemas = rendered.putArray("schemas");
		schemas.add((resource.type() == ResourceType.USER) ? USER_SCHEMA : GROUP_SCHEMA);
		rendered.put("id", resource.id().toString());
		for (Map.Entry<String, JsonNode> attribute : resource.attributes().properties()) {
			if (attribute.getKey().regionMatches(true, 0, "urn:", 0, 4) && attribute.getValue().isObject()) {
				schemas.add(attribute.getKey());
			}
			rendered.set(attribute.getKey(), attribute.getValue().deepCopy());
		}
		if (withReferences) {
			renderReferences(resource, baseUrl, rendered);
		}
		rendered.set("meta", meta(resource, baseUrl));
		return rendered;
	}

	static String location(ResourceType type, String baseUrl, Object id) {
		return baseUrl + ((type == ResourceType.USER) ? "/Users/" : "/Groups/") + id;
	}

	private void renderReferences(StoredResource resource, String baseUrl, ObjectNode rendered) {
		boolean group = resource.type() == ResourceType.GROUP;
		if (!group && resource.references().isEmpty()) {
			return;
		}
		ArrayNode references = rendered.putArray(group ? "members" : "groups");
		for (Reference reference : resource.references()) {
			ObjectNode item = references.addObject();
			item.put("value", reference.id().toString());
			item.put("$ref", location(reference.type(), baseUrl, reference.id()));
			if (reference.display() != null) {
				item.put("display", reference.display());
			}
			item.put("type", group ? reference.type().scimName() : "direct");
		}
	}

	private ObjectNode meta(StoredResource resource, String baseUrl) {
		ObjectNode meta = this.mapper.createObjectNode();
		meta.put("resourceType", resource.type().scimName());
		meta.put("created", resource.created().toString());
		meta.put("lastModified", resource.lastModified().toString());
		meta.put("location", location(resource.type(), baseUrl, resource.id()));
		meta.put("version", EntityTags.of(resource.version()));
		return meta;
	}

}
