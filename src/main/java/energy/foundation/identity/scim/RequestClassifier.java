package energy.foundation.identity.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningOutcome;
import energy.foundation.identity.activity.ProvisioningResourceType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names what a SCIM request did, for the provisioning log: its operation, a summary in
 * plain words without attribute values ("Disabled user", "Added 3 members to group",
 * "Rejected: create user (already exists)"), whether it was Entra ID's Test Connection
 * probe, and the names of the attributes it changed.
 */
final class RequestClassifier {

	/**
	 * Entra ID's probe: one attribute equal to a random GUID (CLIENTS.md E01).
	 */
	private static final Pattern PROBE = Pattern
		.compile("\\s*[A-Za-z][A-Za-z0-9_.:$-]*\\s+eq\\s+\"([0-9A-Fa-f-]{36})\"\\s*", Pattern.CASE_INSENSITIVE);

	private RequestClassifier() {
	}

	/**
	 * Classifies one answered request.
	 * @param method the HTTP method
	 * @param endpoint the path segment after the organisation ({@code Users},
	 * {@code Schemas}, …), or {@code null}
	 * @param id the segment after that ({@code .search} or a resource id), or
	 * {@code null}
	 * @param status the status answered
	 * @param filter the {@code filter} query parameter, if any
	 * @param activity what the SCIM layer noted while answering
	 */
	static Classification classify(String method, @Nullable String endpoint, @Nullable String id, int status,
			@Nullable String filter, RequestActivity activity) {
		ProvisioningResourceType type = typeOf(endpoint);
		if (status == 401) {
			return new Classification(ProvisioningOperation.AUTHENTICATION_FAILED, "Rejected: invalid credential", type,
					false, List.of());
		}
		ProvisioningOperation intent = (type != null) ? intent(type, method.toUpperCase(Locale.ROOT), id)
				: otherIntent(endpoint);
		if (ProvisioningOutcome.ofStatus(status) == ProvisioningOutcome.REJECTED) {
			String words = (intent != ProvisioningOperation.OTHER) ? intent.label().toLowerCase(Locale.ROOT)
					: "other request";
			return new Classification(intent, "Rejected: " + words + " (" + reason(status, activity.scimType()) + ")",
					type, false, List.of());
		}
		if (type == null) {
			return new Classification(intent, otherSummary(endpoint), null, false, List.of());
		}
		if (isProbe(intent, filter, activity)) {
			return new Classification(ProvisioningOperation.TEST_CONNECTION, "Test Connection probe", type, true,
					List.of());
		}
		return accepted(intent, type, activity);
	}

	private static Classification accepted(ProvisioningOperation intent, ProvisioningResourceType type,
			RequestActivity activity) {
		ObjectNode after = activity.after();
		List<String> changed = (after != null) ? new ArrayList<>(AttributeChanges.between(activity.before(), after))
				: new ArrayList<>();
		if (activity.membersAdded() + activity.membersRemoved() > 0) {
			changed.add("members");
		}
		return switch (intent) {
			case CREATE_USER -> new Classification(intent, "Created user", type, false, changed);
			case CREATE_GROUP -> new Classification(intent, "Created group" + withMembers(activity.membersAdded()),
					type, false, changed);
			case UPDATE_USER -> userChange(activity.before(), after, type, changed);
			case UPDATE_GROUP -> groupChange(activity, type, changed);
			case DELETE_USER -> new Classification(intent, "Deleted user", type, false, List.of());
			case DELETE_GROUP -> new Classification(intent, "Deleted group", type, false, List.of());
			case READ_USER -> new Classification(intent, "Read user", type, false, List.of());
			case READ_GROUP -> new Classification(intent, "Read group", type, false, List.of());
			case QUERY_USERS -> new Classification(intent, "Looked up users", type, false, List.of());
			case QUERY_GROUPS -> new Classification(intent, "Looked up groups", type, false, List.of());
			default -> new Classification(intent, "Other request", type, false, List.of());
		};
	}

	private static Classification userChange(@Nullable ObjectNode before, @Nullable ObjectNode after,
			ProvisioningResourceType type, List<String> changed) {
		Boolean wasActive = activeOf(before);
		Boolean isActive = activeOf(after);
		if (!Boolean.FALSE.equals(wasActive) && Boolean.FALSE.equals(isActive)) {
			return new Classification(ProvisioningOperation.DISABLE_USER, "Disabled user", type, false, changed);
		}
		if (Boolean.FALSE.equals(wasActive) && Boolean.TRUE.equals(isActive)) {
			return new Classification(ProvisioningOperation.ENABLE_USER, "Enabled user", type, false, changed);
		}
		return new Classification(ProvisioningOperation.UPDATE_USER, "Updated user", type, false, changed);
	}

	/**
	 * A rename, a member change, or several at once: the summary names each.
	 */
	private static Classification groupChange(RequestActivity activity, ProvisioningResourceType type,
			List<String> changed) {
		int added = activity.membersAdded();
		int removed = activity.membersRemoved();
		boolean renamed = changed.contains("displayName");
		boolean others = changed.stream().anyMatch((name) -> !name.equals("displayName") && !name.equals("members"));

		if (others || (renamed && added + removed > 0)) {
			return new Classification(ProvisioningOperation.UPDATE_GROUP,
					joined(renamed ? "Renamed group" : "Updated group", added, removed), type, false, changed);
		}
		if (renamed) {
			return new Classification(ProvisioningOperation.RENAME_GROUP, "Renamed group", type, false, changed);
		}
		if (added > 0 && removed > 0) {
			return new Classification(ProvisioningOperation.UPDATE_GROUP,
					"Added " + members(added) + " to group and removed " + removed, type, false, changed);
		}
		if (added > 0) {
			return new Classification(ProvisioningOperation.ADD_MEMBERS, "Added " + members(added) + " to group", type,
					false, changed);
		}
		if (removed > 0) {
			return new Classification(ProvisioningOperation.REMOVE_MEMBERS,
					"Removed " + members(removed) + " from group", type, false, changed);
		}
		return new Classification(ProvisioningOperation.UPDATE_GROUP, "Updated group", type, false, changed);
	}

	private static String joined(String first, int added, int removed) {
		List<String> parts = new ArrayList<>(List.of(first));
		if (added > 0) {
			parts.add("added " + members(added));
		}
		if (removed > 0) {
			parts.add("removed " + members(removed));
		}
		if (parts.size() == 1) {
			return first;
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String members(int count) {
		return count + ((count == 1) ? " member" : " members");
	}

	private static String withMembers(int count) {
		return (count > 0) ? " with " + members(count) : "";
	}

	private static @Nullable Boolean activeOf(@Nullable ObjectNode attributes) {
		JsonNode active = (attributes != null) ? attributes.get("active") : null;
		return (active != null && active.isBoolean()) ? active.booleanValue() : null;
	}

	private static boolean isProbe(ProvisioningOperation intent, @Nullable String filter, RequestActivity activity) {
		if ((intent != ProvisioningOperation.QUERY_USERS && intent != ProvisioningOperation.QUERY_GROUPS)
				|| filter == null || activity.totalResults() != 0) {
			return false;
		}
		Matcher probe = PROBE.matcher(filter);
		if (!probe.matches()) {
			return false;
		}
		try {
			UUID.fromString(probe.group(1));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable ProvisioningResourceType typeOf(@Nullable String endpoint) {
		if ("Users".equals(endpoint)) {
			return ProvisioningResourceType.USER;
		}
		return "Groups".equals(endpoint) ? ProvisioningResourceType.GROUP : null;
	}

	private static ProvisioningOperation intent(ProvisioningResourceType type, String method, @Nullable String id) {
		boolean user = type == ProvisioningResourceType.USER;
		if (id == null) {
			return switch (method) {
				case "GET" -> query(user);
				case "POST" -> user ? ProvisioningOperation.CREATE_USER : ProvisioningOperation.CREATE_GROUP;
				default -> ProvisioningOperation.OTHER;
			};
		}
		if (id.equals(".search")) {
			return method.equals("POST") ? query(user) : ProvisioningOperation.OTHER;
		}
		return switch (method) {
			case "GET" -> user ? ProvisioningOperation.READ_USER : ProvisioningOperation.READ_GROUP;
			case "PUT", "PATCH" -> user ? ProvisioningOperation.UPDATE_USER : ProvisioningOperation.UPDATE_GROUP;
			case "DELETE" -> user ? ProvisioningOperation.DELETE_USER : ProvisioningOperation.DELETE_GROUP;
			default -> ProvisioningOperation.OTHER;
		};
	}

	private static ProvisioningOperation query(boolean user) {
		return user ? ProvisioningOperation.QUERY_USERS : ProvisioningOperation.QUERY_GROUPS;
	}

	private static ProvisioningOperation otherIntent(@Nullable String endpoint) {
		return isDiscovery(endpoint) ? ProvisioningOperation.DISCOVERY : ProvisioningOperation.OTHER;
	}

	private static boolean isDiscovery(@Nullable String endpoint) {
		return "ServiceProviderConfig".equals(endpoint) || "ResourceTypes".equals(endpoint)
				|| "Schemas".equals(endpoint);
	}

	private static String otherSummary(@Nullable String endpoint) {
		if (endpoint == null) {
			return "Other request";
		}
		return switch (endpoint) {
			case "ServiceProviderConfig" -> "Read service provider configuration";
			case "ResourceTypes" -> "Read resource types";
			case "Schemas" -> "Read schemas";
			default -> "Other request";
		};
	}

	private static String reason(int status, @Nullable String scimType) {
		if (status == 400 && scimType != null) {
			return switch (scimType) {
				case "invalidFilter" -> "invalid filter";
				case "invalidSyntax" -> "invalid syntax";
				case "invalidPath" -> "invalid path";
				case "invalidValue" -> "invalid value";
				case "noTarget" -> "no target";
				case "mutability" -> "read-only attribute";
				case "tooMany" -> "too many results";
				default -> "bad request";
			};
		}
		return switch (status) {
			case 400 -> "bad request";
			case 403 -> "forbidden";
			case 404 -> "not found";
			case 405 -> "method not allowed";
			case 409 -> "already exists";
			case 412 -> "version mismatch";
			case 413 -> "request too large";
			case 415 -> "unsupported media type";
			case 429 -> "too many requests";
			case 501 -> "not supported";
			default -> (status >= 500) ? "service error" : "status " + status;
		};
	}

	/**
	 * What a request did.
	 *
	 * @param operation the operation
	 * @param summary the same in plain words
	 * @param resourceType the kind of resource, if users or groups
	 * @param testConnection whether it was Entra ID's Test Connection probe
	 * @param changedAttributes names of the changed attributes
	 */
	record Classification(ProvisioningOperation operation, String summary,
			@Nullable ProvisioningResourceType resourceType, boolean testConnection, List<String> changedAttributes) {

		Classification {
			changedAttributes = List.copyOf(changedAttributes);
		}

	}

}
