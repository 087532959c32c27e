package energy.foundation.identity.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema URNs and small JSON helpers shared by the provider simulators and the final
 * state checks.
 */
final class ScimNodes {

	static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

	static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

	/** The extra schema Entra puts on every group it creates (CLIENTS.md E09). */
	static final String ADSCIM_GROUP = "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ScimNodes() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * A PATCH request body with the given operations.
	 */
	static ObjectNode patch(List<ObjectNode> operations) {
		ObjectNode body = object();
		body.putArray("schemas").add(PATCH_OP);
		ArrayNode list = body.putArray("Operations");
		operations.forEach(list::add);
		return body;
	}

	static ObjectNode operation(String op, @Nullable String path, @Nullable Object value) {
		ObjectNode operation = object();
		operation.put("op", op);
		if (path != null) {
			operation.put("path", path);
		}
		if (value instanceof JsonNode node) {
			operation.set("value", node);
		}
		else if (value != null) {
			operation.put("value", value.toString());
		}
		return operation;
	}

	/**
	 * The text of a value node, or {@code null} when the node is absent or JSON null.
	 */
	static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	/**
	 * A sub-attribute of the element of a multi-valued attribute whose {@code type}
	 * matches, ignoring case, as a client reads {@code emails[type eq "work"].value}.
	 */
	static @Nullable String typed(JsonNode resource, String attribute, String type, String subAttribute) {
		JsonNode values = resource.path(attribute);
		for (JsonNode element : values) {
			String elementType = text(element.get("type"));
			if (elementType != null && elementType.toLowerCase(Locale.ROOT).equals(type)) {
				return text(element.get(subAttribute));
			}
		}
		return null;
	}

	/**
	 * The manager's id as Entra reads it: only the {@code {"value": id}} shape inside the
	 * enterprise extension counts (CLIENTS.md E05 f); any other shape reads as no
	 * manager, which makes Entra send the manager again every cycle.
	 */
	static @Nullable String managerId(JsonNode user) {
		JsonNode manager = user.path(ENTERPRISE_USER).path("manager");
		String value = manager.isObject() ? text(manager.get("value")) : null;
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * An object node of the non-null entries, or {@code null} when all are null.
	 */
	static @Nullable ObjectNode objectOf(Map<String, @Nullable String> entries) {
		ObjectNode node = object();
		entries.forEach((key, value) -> {
			if (value != null) {
				node.put(key, value);
			}
		});
		return node.isEmpty() ? null : node;
	}

	static Map<String, @Nullable String> entries(String... keysAndValues) {
		Map<String, @Nullable String> entries = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			entries.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return entries;
	}

}
