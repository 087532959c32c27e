package energy.foundation.identity.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored resource's attribute document laid out for people: core attributes, the name,
 * each multi-valued attribute as a table, the enterprise extension (with the manager as a
 * link) and, as formatted JSON, whatever else the identity provider sent.
 *
 * @param core the single-valued core attributes
 * @param name the sub-attributes of {@code name}
 * @param multiValued e-mails, phone numbers, addresses and any other list of values
 * @param enterprise the enterprise extension's attributes
 * @param others other extensions and attributes no schema defines, as formatted JSON
 */
record ResourceDocument(List<AttributeLine> core, List<AttributeLine> name, List<ValueTable> multiValued,
		List<AttributeLine> enterprise, List<OtherAttribute> others) {

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("userName", "User name"),
			Map.entry("displayName", "Display name"), Map.entry("nickName", "Nickname"),
			Map.entry("profileUrl", "Profile URL"), Map.entry("title", "Job title"), Map.entry("userType", "User type"),
			Map.entry("preferredLanguage", "Preferred language"), Map.entry("locale", "Locale"),
			Map.entry("timezone", "Time zone"), Map.entry("active", "Active"), Map.entry("externalId", "External id"),
			Map.entry("formatted", "Formatted"), Map.entry("familyName", "Family name"),
			Map.entry("givenName", "Given name"), Map.entry("middleName", "Middle name"),
			Map.entry("honorificPrefix", "Prefix"), Map.entry("honorificSuffix", "Suffix"),
			Map.entry("emails", "E-mail addresses"), Map.entry("phoneNumbers", "Phone numbers"),
			Map.entry("addresses", "Addresses"), Map.entry("ims", "Instant messaging"), Map.entry("photos", "Photos"),
			Map.entry("entitlements", "Entitlements"), Map.entry("roles", "Roles from the identity provider"),
			Map.entry("x509Certificates", "Certificates"), Map.entry("value", "Value"), Map.entry("type", "Type"),
			Map.entry("primary", "Primary"), Map.entry("display", "Display"),
			Map.entry("streetAddress", "Street address"), Map.entry("locality", "City"), Map.entry("region", "Region"),
			Map.entry("postalCode", "Postal code"), Map.entry("country", "Country"),
			Map.entry("employeeNumber", "Employee number"), Map.entry("costCenter", "Cost centre"),
			Map.entry("organization", "Organisation"), Map.entry("division", "Division"),
			Map.entry("department", "Department"), Map.entry("manager", "Manager"));

	private static final List<String> CORE_ORDER = List.of("userName", "displayName", "active", "externalId",
			"nickName", "title", "userType", "preferredLanguage", "locale", "timezone", "profileUrl");

	static ResourceDocument of(ObjectNode attributes) {
		List<AttributeLine> core = new ArrayList<>();
		List<AttributeLine> name = new ArrayList<>();
		List<ValueTable> multiValued = new ArrayList<>();
		List<AttributeLine> enterprise = new ArrayList<>();
		List<OtherAttribute> others = new ArrayList<>();
		for (String attribute : ordered(attributes)) {
			JsonNode value = attributes.get(attribute);
			if (value.isArray() && value.isEmpty()) {
				// RFC 7643 §2.5: an empty list is the same as no value
				continue;
			}
			if (value.isValueNode()) {
				core.add(line(attribute, attribute, value));
			}
			else if ("name".equals(attribute) && value.isObject()) {
				value.properties()
					.forEach((sub) -> name.add(line(sub.getKey(), "name." + sub.getKey(), sub.getValue())));
			}
			else if (ENTERPRISE.equals(attribute) && value.isObject()) {
				value.properties().forEach((sub) -> enterprise.add(enterpriseLine(sub.getKey(), sub.getValue())));
			}
			else if (value.isArray() && isTable(value)) {
				multiValued.add(table(attribute, value));
			}
			else {
				others.add(new OtherAttribute(attribute, value.toPrettyString()));
			}
		}
		return new ResourceDocument(core, name, multiValued, enterprise, others);
	}

	private static List<String> ordered(ObjectNode attributes) {
		Set<String> names = new LinkedHashSet<>();
		CORE_ORDER.stream().filter(attributes::has).forEach(names::add);
		names.addAll(attributes.propertyNames());
		return List.copyOf(names);
	}

	private static AttributeLine line(String attribute, String path, JsonNode value) {
		return new AttributeLine(label(attribute), path, text(value), null);
	}

	private static AttributeLine enterpriseLine(String attribute, JsonNode value) {
		if ("manager".equals(attribute) && value.isObject()) {
			JsonNode id = value.get("value");
			JsonNode display = value.get("displayName");
			String managerId = (id != null && id.isString()) ? id.asString() : null;
			String shown = (display != null && display.isString()) ? display.asString() + " (" + managerId + ")"
					: managerId;
			return new AttributeLine(label(attribute), "manager", (shown != null) ? shown : value.toString(),
					AdminIds.parseOrNull(managerId));
		}
		return line(attribute, attribute, value);
	}

	private static boolean isTable(JsonNode array) {
		for (JsonNode element : array) {
			if (!element.isObject() && !element.isValueNode()) {
				return false;
			}
			if (element.isObject()) {
				for (Map.Entry<String, JsonNode> sub : element.properties()) {
					if (!sub.getValue().isValueNode()) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static ValueTable table(String attribute, JsonNode array) {
		Set<String> keys = new LinkedHashSet<>();
		for (JsonNode element : array) {
			if (element.isObject()) {
				keys.addAll(element.propertyNames());
			}
			else {
				keys.add("value");
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode element : array) {
			List<String> row = new ArrayList<>();
			for (String key : keys) {
				JsonNode cell = element.isObject() ? element.get(key) : ("value".equals(key) ? element : null);
				row.add((cell != null) ? text(cell) : "");
			}
			rows.add(row);
		}
		return new ValueTable(label(attribute), attribute, keys.stream().map(ResourceDocument::label).toList(), rows);
	}

	private static String text(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue() ? "Yes" : "No";
		}
		return value.isString() ? value.asString() : value.toString();
	}

	/**
	 * What a page calls the resource: the first of the given attributes that holds text.
	 */
	static String title(ObjectNode attributes, String... candidates) {
		for (String candidate : candidates) {
			JsonNode value = attributes.get(candidate);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return "(no name)";
	}

	static String label(String attribute) {
		return NAMES.getOrDefault(attribute, attribute);
	}

	/**
	 * An attribute shown as formatted JSON.
	 *
	 * @param name the attribute's name or extension URN
	 * @param json its value
	 */
	record OtherAttribute(String name, String json) {

	}

}
