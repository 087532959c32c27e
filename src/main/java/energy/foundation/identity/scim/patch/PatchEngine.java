package energy.foundation.identity.scim.patch;

import java.util.List;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.ResourceValidator;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource's attribute document. The
 * operations are canonical: the client dialect layer has already turned Entra's and
 * Okta's habits into RFC shapes.
 * <ul>
 * <li>Works on a deep copy and applies the operations in order; the first failure throws
 * a {@link energy.foundation.identity.scim.error.ScimException} and nothing of the
 * request takes effect.</li>
 * <li>A group's {@code members} never enter the document: each operation on them becomes
 * a {@link energy.foundation.identity.directory.MembershipChange}.</li>
 * <li>Read-only attributes ({@code id}, {@code meta}, {@code groups}) answer
 * {@code mutability}; an unqualified attribute no schema defines answers
 * {@code invalidPath}; attributes of unknown extensions are stored as sent.</li>
 * <li>Add needs a value; every key is a valid attribute name, given once in any case; the
 * result passes the {@link ResourceValidator} rules (one primary value, no control
 * characters in identifying names).</li>
 * </ul>
 */
@Component
public final class PatchEngine {

	private final SchemaRegistry schemas;

	public PatchEngine(SchemaRegistry schemas) {
		this.schemas = schemas;
	}

	/**
	 * Applies the operations to a copy of the document.
	 * @param type the resource type, which selects the schemas
	 * @param attributes the stored attribute document (left unchanged)
	 * @param operations the operations, in request order
	 * @return the changed copy and the membership changes
	 * @throws energy.foundation.identity.scim.error.ScimException when any operation
	 * fails
	 */
	public PatchResult apply(ResourceType type, ObjectNode attributes, List<PatchOperation> operations) {
		PatchApplication application = new PatchApplication(this.schemas, type, attributes.deepCopy());
		operations.forEach(application::apply);

		PatchResult result = application.result();
		keepRequired(type, attributes, result.attributes());
		ResourceValidator.validate(type, result.attributes(), attributes);
		return result;
	}

	/**
	 * A required attribute ({@code userName}, a group's {@code displayName}) cannot be
	 * removed or cleared (RFC 7644 §3.5.2.2 answers {@code mutability}).
	 */
	private void keepRequired(ResourceType type, ObjectNode before, ObjectNode after) {
		for (AttributeDefinition attribute : this.schemas.coreSchema(type).attributes()) {
			if (attribute.required() && present(before.get(attribute.name()))
					&& !present(after.get(attribute.name()))) {
				throw ScimException
					.mutability("Attribute '" + attribute.name() + "' is required and cannot be removed");
			}
		}
	}

	private static boolean present(@Nullable JsonNode value) {
		return value != null && !value.isNull() && !(value.isString() && value.asString().isEmpty());
	}

}
