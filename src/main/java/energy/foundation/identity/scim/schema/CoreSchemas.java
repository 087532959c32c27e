package energy.foundation.identity.scim.schema;

import java.util.List;

import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import energy.foundation.identity.scim.schema.AttributeDefinition.Mutability;
import energy.foundation.identity.scim.schema.AttributeDefinition.Returned;
import energy.foundation.identity.scim.schema.AttributeDefinition.Uniqueness;

/**
 * The attribute definitions of RFC 7643 §3.1 (common attributes), §4.1 (User), §4.2
 * (Group) and §4.3 (enterprise User extension). Descriptions are our own words.
 */
final class CoreSchemas {

	static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

	static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	private CoreSchemas() {
	}

	/**
	 * The attributes every resource carries (RFC 7643 §3.1) but that no schema resource
	 * lists: {@code id} and {@code meta}.
	 */
	static List<AttributeDefinition> common() {
		AttributeDefinition id = string("id", "Identifier the service assigned; stable and never reused.").caseExact()
			.readOnly()
			.returned(Returned.ALWAYS)
			.uniqueness(Uniqueness.SERVER)
			.build();
		AttributeDefinition meta = complex("meta", "Resource metadata kept by the service.").readOnly()
			.subAttributes(string("resourceType", "Name of the resource type.").caseExact().readOnly(),
					attribute("created", AttributeType.DATE_TIME, "When the resource was created.").readOnly(),
					attribute("lastModified", AttributeType.DATE_TIME, "When the resource last changed.").readOnly(),
					attribute("location", AttributeType.REFERENCE, "URI of the resource.").caseExact()
						.readOnly()
						.referenceTypes("uri"),
					string("version", "Version of the resource, its entity tag.").caseExact().readOnly())
			.build();
		return List.of(id, meta);
	}

	static Schema user() {
		return new Schema(USER, "User", "A person who may use the organisation's instances.",
				List.of(externalId(), userName(), name(), string("displayName", "Name shown to people.").build(),
						string("nickName", "Casual name.").build(),
						reference("profileUrl", "URI of an online profile.", "external").build(),
						string("title", "Job title.").build(),
						string("userType", "How the organisation classifies the user.").build(),
						string("preferredLanguage", "Preferred written or spoken language.").build(),
						string("locale", "Locale for dates, numbers and currency.").build(),
						string("timezone", "Time zone in IANA database form.").build(),
						attribute("active", AttributeType.BOOLEAN, "Whether the user may sign in.").build(), password(),
						emails(), phoneNumbers(), ims(), photos(), addresses(), groups(),
						plural("entitlements", "Things the user is entitled to.", AttributeType.STRING).build(),
						plural("roles", "Roles of the user.", AttributeType.STRING).build(),
						plural("x509Certificates", "X.509 certificates of the user.", AttributeType.BINARY).build()));
	}

	static Schema enterpriseUser() {
		return new Schema(ENTERPRISE_USER, "EnterpriseUser", "Attributes of a user within a business.",
				List.of(string("employeeNumber", "Number the organisation gave the employee.").build(),
						string("costCenter", "Cost centre.").build(), string("organization", "Organisation.").build(),
						string("division", "Division.").build(), string("department", "Department.").build(),
						manager()));
	}

	static Schema group() {
		AttributeDefinition members = complex("members", "Direct members of the group.").multiValued()
			.subAttributes(string("value", "Id of the member.").caseExact().mutability(Mutability.IMMUTABLE),
					reference("$ref", "URI of the member.", "User", "Group").mutability(Mutability.IMMUTABLE),
					string("type", "Resource type of the member.").mutability(Mutability.IMMUTABLE)
						.canonicalValues("User", "Group"),
					string("display", "Name of the member.").readOnly())
			.build();
		return new Schema(GROUP, "Group", "A set of users and groups.",
				List.of(externalId(),
						string("displayName", "Name of the group, unique within the organisation.").required()
							.uniqueness(Uniqueness.SERVER)
							.build(),
						members));
	}

	private static AttributeDefinition externalId() {
		return string("externalId", "Identifier the provisioning client uses for the resource.").caseExact().build();
	}

	private static AttributeDefinition userName() {
		return string("userName", "Name the user signs in with, unique within the organisation.").required()
			.uniqueness(Uniqueness.SERVER)
			.build();
	}

	private static AttributeDefinition name() {
		return complex("name", "Parts of the user's name.")
			.subAttributes(string("formatted", "Full name for display."), string("familyName", "Family name."),
					string("givenName", "Given name."), string("middleName", "Middle names."),
					string("honorificPrefix", "Title before the name."),
					string("honorificSuffix", "Suffix after the name."))
			.build();
	}

	private static AttributeDefinition password() {
		return string("password", "Clear-text password; accepted, never stored or returned.")
			.mutability(Mutability.WRITE_ONLY)
			.returned(Returned.NEVER)
			.build();
	}

	private static AttributeDefinition emails() {
		return plural("emails", "E-mail addresses.", AttributeType.STRING, "work", "home", "other").build();
	}

	private static AttributeDefinition phoneNumbers() {
		return plural("phoneNumbers", "Telephone numbers.", AttributeType.STRING, "work", "home", "mobile", "fax",
				"pager", "other")
			.build();
	}

	private static AttributeDefinition ims() {
		return plural("ims", "Instant messaging addresses.", AttributeType.STRING, "aim", "gtalk", "icq", "xmpp", "msn",
				"skype", "qq", "yahoo")
			.build();
	}

	private static AttributeDefinition photos() {
		return plural("photos", "URIs of images of the user.", AttributeType.REFERENCE, "photo", "thumbnail").build();
	}

	private static AttributeDefinition addresses() {
		return complex("addresses", "Postal addresses.").multiValued()
			.subAttributes(string("formatted", "Full address for display."),
					string("streetAddress", "Street, house number and the like."), string("locality", "City or town."),
					string("region", "State or region."), string("postalCode", "Postal code."),
					string("country", "Country as an ISO 3166-1 alpha-2 code."),
					string("type", "Kind of address.").canonicalValues("work", "home", "other"),
					attribute("primary", AttributeType.BOOLEAN, "Whether this is the preferred address."))
			.build();
	}

	private static AttributeDefinition groups() {
		return complex("groups", "Groups the user belongs to; maintained through the groups.").multiValued()
			.readOnly()
			.subAttributes(string("value", "Id of the group.").readOnly(),
					reference("$ref", "URI of the group.", "User", "Group").readOnly(),
					string("display", "Name of the group.").readOnly(),
					string("type", "Whether membership is direct or through another group.").readOnly()
						.canonicalValues("direct", "indirect"))
			.build();
	}

	private static AttributeDefinition manager() {
		return complex("manager", "The user's manager.")
			.subAttributes(string("value", "Id of the manager's user resource.").caseExact(),
					reference("$ref", "URI of the manager's user resource.", "User"),
					string("displayName", "Name of the manager.").readOnly())
			.build();
	}

	/**
	 * A multi-valued complex attribute with the usual value, display, type and primary
	 * sub-attributes (RFC 7643 §2.4); {@code types} are the canonical kinds.
	 */
	private static AttributeDefinition.Builder plural(String name, String description, AttributeType valueType,
			String... types) {
		AttributeDefinition.Builder value = attribute("value", valueType, "The value.");
		if (valueType == AttributeType.REFERENCE) {
			value.referenceTypes("external");
		}
		return complex(name, description).multiValued()
			.subAttributes(value, string("display", "Text shown for the value."),
					string("type", "Kind of value.").canonicalValues(types),
					attribute("primary", AttributeType.BOOLEAN, "Whether this is the preferred value."));
	}

	private static AttributeDefinition.Builder string(String name, String description) {
		return attribute(name, AttributeType.STRING, description);
	}

	private static AttributeDefinition.Builder reference(String name, String description, String... referenceTypes) {
		return attribute(name, AttributeType.REFERENCE, description).caseExact().referenceTypes(referenceTypes);
	}

	private static AttributeDefinition.Builder complex(String name, String description) {
		return attribute(name, AttributeType.COMPLEX, description);
	}

	private static AttributeDefinition.Builder attribute(String name, AttributeType type, String description) {
		return AttributeDefinition.builder(name, type, description);
	}

}
