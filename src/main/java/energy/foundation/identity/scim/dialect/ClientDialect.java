package energy.foundation.identity.scim.dialect;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.patch.MemberIds;
import energy.foundation.identity.scim.patch.PatchOperation;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The client dialect layer in front of the strict core: reads request bodies the way
 * Microsoft Entra ID and Okta write them (see CLIENTS.md) and hands the PATCH engine and
 * the directory canonical operations and attribute documents.
 * <p>
 * Habits handled, with the client that needs them:
 * <ul>
 * <li>booleans sent as strings, {@code "False"}, {@code "true"} (Entra without the
 * {@code aadOptscim062020} flag, the Microsoft SCIM Validator's {@code roles[].primary});
 * </li>
 * <li>{@code op} and member names in any case ({@code Replace}, {@code Operations});</li>
 * <li>path-less add and replace with dotted, URN-prefixed or nested keys (Entra, the
 * validator, Okta), with Okta's {@code id} inside the value ignored;</li>
 * <li>{@code manager} as a bare id, {@code {"value": id}} or a list, and removal through
 * {@code ""}, {@code null} or {@code {"value": ""}} (Entra);</li>
 * <li>{@code Remove} on {@code members} with a list of members to remove (Entra without
 * the flag), and {@code Remove} with a value on a single-valued path clearing it;</li>
 * <li>{@code password} accepted and never stored, {@code groups: []} in user bodies and
 * path-less PATCH values ignored (Okta);</li>
 * <li>removal of members whose value is no UUID is a no-op: no member has such an id
 * (Entra's and Okta's remove forms);</li>
 * <li>{@code roles} whose value is a JSON document in a string, kept as sent (Entra app
 * role expressions).</li>
 * </ul>
 */
@Component
public final class ClientDialect {

	private final SchemaRegistry schemas;

	public ClientDialect(SchemaRegistry schemas) {
		this.schemas = schemas;
	}

	/**
	 * The canonical operations of a PATCH request (RFC 7644 §3.5.2).
	 * @param type the resource type patched
	 * @param patchRequest the request body
	 * @return the operations in request order
	 * @throws ScimException {@code invalidSyntax} for a malformed message or a member
	 * named twice in different case, {@code invalidPath} or {@code invalidFilter} for a
	 * bad path or a path-less key that is no attribute name, {@code invalidValue} for an
	 * add or replace without a value or a manager of the wrong shape
	 */
	public List<PatchOperation> patchOperations(ResourceType type, JsonNode patchRequest) {
		return new PatchRequestReader(this.schemas, type).read(patchRequest);
	}

	/**
	 * The attribute document to store from a POST or PUT body (RFC 7644 §3.3, §3.5.1):
	 * known attribute names in the schema's casing, string booleans repaired, manager in
	 * its stored shape, nulls and server-owned or read-only members dropped, everything
	 * else exactly as sent.
	 * @param type the resource type
	 * @param body the request body
	 * @return the attributes
	 * @throws ScimException {@code invalidSyntax} when the body is not an object or gives
	 * an attribute twice (in two casings or two forms), {@code invalidValue} when
	 * {@code userName} (users) or {@code displayName} (groups) is missing, a key is not
	 * an attribute name (RFC 7643 §2.1), an extension is not an object, a value has the
	 * wrong type, or the document breaks a {@code ResourceValidator} rule
	 */
	public ObjectNode resourceAttributes(ResourceType type, JsonNode body) {
		return new ResourceBodyReader(this.schemas, type).read(body);
	}

	/**
	 * The member ids of a group's POST or PUT body.
	 * @param body the request body
	 * @return the ids, empty for {@code "members": null} or {@code []}, or {@code null}
	 * when the body has no {@code members} (a PUT then leaves members as they are)
	 * @throws ScimException {@code invalidValue} when a member value is not a UUID
	 */
	public @Nullable Set<UUID> memberIds(JsonNode body) {
		if (!body.isObject()) {
			throw ScimException.invalidSyntax("The request body must be a JSON object");
		}
		JsonNode members = JsonProperties.get(body, "members");
		if (members == null) {
			return null;
		}
		if (!members.isNull() && !members.isArray()) {
			throw ScimException.invalidValue("Attribute 'members' must be an array");
		}
		return MemberIds.parse(members);
	}

}
