package energy.foundation.identity.scim.schema;

import java.util.ArrayList;
import java.util.List;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;
import energy.foundation.identity.scim.schema.AttributeDefinition.Mutability;
import energy.foundation.identity.scim.schema.AttributeDefinition.Returned;
import energy.foundation.identity.scim.schema.AttributeDefinition.Uniqueness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaRegistryTests {

	private static final String USER = SchemaRegistry.USER_SCHEMA;

	private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;

	private final SchemaRegistry registry = new SchemaRegistry();

	private final AttributeCatalog users = this.registry.catalog(ResourceType.USER);

	private final AttributeCatalog groups = this.registry.catalog(ResourceType.GROUP);

	@Test
	void canonicalWhenCoreUrnAndOddCasingThenStripsUrnAndFixesCasing() {
		AttributePath path = new AttributePath(USER.toUpperCase(java.util.Locale.ROOT), "USERNAME", null);

		AttributePath canonical = this.users.canonical(path);

		assertThat(canonical).isEqualTo(AttributePath.of("userName"));
	}

	@Test
	void canonicalWhenSubAttributeCasingDiffersThenUsesSchemaCasing() {
		AttributePath canonical = this.users.canonical(AttributePath.of("EMAILS", "VALUE"));

		assertThat(canonical).isEqualTo(AttributePath.of("emails", "value"));
	}

	@Test
	void canonicalWhenUnprefixedEnterpriseAttributeThenQualifiesWithExtensionUrn() {
		AttributePath canonical = this.users.canonical(AttributePath.of("Manager", "Value"));

		assertThat(canonical).isEqualTo(new AttributePath(ENTERPRISE, "manager", "value"));
	}

	@Test
	void canonicalWhenExtensionUrnCasingDiffersThenUsesRegisteredUrn() {
		AttributePath path = new AttributePath(ENTERPRISE.toLowerCase(java.util.Locale.ROOT), "EMPLOYEENUMBER", null);

		assertThat(this.users.canonical(path)).isEqualTo(new AttributePath(ENTERPRISE, "employeeNumber", null));
	}

	@Test
	void canonicalWhenUnknownAttributeThenKeepsClientSpelling() {
		AttributePath path = new AttributePath(USER, "costRegion", null);

		assertThat(this.users.canonical(path)).isEqualTo(AttributePath.of("costRegion"));
	}

	@Test
	void canonicalWhenGroupDisplayNameThenFixesCasing() {
		assertThat(this.groups.canonical(AttributePath.of("displayname"))).isEqualTo(AttributePath.of("displayName"));
	}

	@Test
	void traitsWhenUserNameThenCaseInsensitiveString() {
		assertThat(this.users.traits(AttributePath.of("userName")))
			.isEqualTo(new AttributeTraits(AttributeType.STRING, false, false));
	}

	@Test
	void traitsWhenExternalIdOrIdThenCaseExact() {
		assertThat(this.users.traits(AttributePath.of("externalId")).caseExact()).isTrue();
		assertThat(this.users.traits(AttributePath.of("id")).caseExact()).isTrue();
		assertThat(this.groups.traits(AttributePath.of("externalId")).caseExact()).isTrue();
		assertThat(this.groups.traits(AttributePath.of("ID")).caseExact()).isTrue();
	}

	@Test
	void traitsWhenMetaTimestampsThenDateTime() {
		assertThat(this.users.traits(AttributePath.of("meta", "created")).type()).isEqualTo(AttributeType.DATE_TIME);
		assertThat(this.groups.traits(AttributePath.of("meta", "lastModified")).type())
			.isEqualTo(AttributeType.DATE_TIME);
	}

	@Test
	void traitsWhenBooleanAttributesThenBoolean() {
		assertThat(this.users.traits(AttributePath.of("active")).type()).isEqualTo(AttributeType.BOOLEAN);
		assertThat(this.users.traits(AttributePath.of("emails", "primary")).type()).isEqualTo(AttributeType.BOOLEAN);
		assertThat(this.users.traits(AttributePath.of("roles", "primary")).type()).isEqualTo(AttributeType.BOOLEAN);
	}

	@Test
	void traitsWhenMultiValuedAttributeThenMultiValued() {
		assertThat(this.users.traits(AttributePath.of("emails")))
			.isEqualTo(new AttributeTraits(AttributeType.COMPLEX, true, false));
		assertThat(this.groups.traits(AttributePath.of("members")).multiValued()).isTrue();
	}

	@Test
	void traitsWhenUndefinedAttributeOrSubAttributeThenUnknown() {
		assertThat(this.users.traits(AttributePath.of("favouriteColour"))).isEqualTo(AttributeTraits.UNKNOWN);
		assertThat(this.users.traits(AttributePath.of("name", "nickname"))).isEqualTo(AttributeTraits.UNKNOWN);
		assertThat(this.groups.traits(AttributePath.of("userName"))).isEqualTo(AttributeTraits.UNKNOWN);
	}

	@Test
	void findWhenReadOnlyAttributesThenReadOnly() {
		assertThat(this.registry.find(ResourceType.USER, AttributePath.of("groups")))
			.hasValueSatisfying((groups) -> assertThat(groups.readOnly()).isTrue());
		assertThat(this.registry.find(ResourceType.USER, AttributePath.of("meta")))
			.hasValueSatisfying((meta) -> assertThat(meta.readOnly()).isTrue());
		assertThat(this.registry.find(ResourceType.USER, AttributePath.of("id")))
			.hasValueSatisfying((id) -> assertThat(id.returned()).isEqualTo(Returned.ALWAYS));
	}

	@Test
	void findWhenPasswordThenWriteOnlyAndNeverReturned() {
		AttributeDefinition password = this.registry.find(ResourceType.USER, AttributePath.of("password"))
			.orElseThrow();

		assertThat(password.mutability()).isEqualTo(Mutability.WRITE_ONLY);
		assertThat(password.returned()).isEqualTo(Returned.NEVER);
	}

	@Test
	void findWhenManagerThenEnterpriseComplexWithValueRefAndDisplayName() {
		ResolvedAttribute manager = this.registry.resolve(ResourceType.USER, AttributePath.of("manager")).orElseThrow();

		assertThat(manager.core()).isFalse();
		assertThat(manager.schema().id()).isEqualTo(ENTERPRISE);
		assertThat(manager.attribute().subAttributes()).extracting(AttributeDefinition::name)
			.containsExactly("value", "$ref", "displayName");
	}

	@Test
	void findWhenUniquenessThenServerForUserNameAndGroupDisplayName() {
		assertThat(this.registry.find(ResourceType.USER, AttributePath.of("userName")).orElseThrow().uniqueness())
			.isEqualTo(Uniqueness.SERVER);
		assertThat(this.registry.find(ResourceType.GROUP, AttributePath.of("displayName")).orElseThrow().uniqueness())
			.isEqualTo(Uniqueness.SERVER);
	}

	@Test
	void findWhenGroupsOnGroupOrMembersOnUserThenEmpty() {
		assertThat(this.registry.find(ResourceType.GROUP, AttributePath.of("groups"))).isEmpty();
		assertThat(this.registry.find(ResourceType.USER, AttributePath.of("members"))).isEmpty();
	}

	@Test
	void findWhenEmailTypeThenCanonicalValuesOfRfc() {
		AttributeDefinition type = this.registry.find(ResourceType.USER, AttributePath.of("emails", "type"))
			.orElseThrow();

		assertThat(type.canonicalValues()).containsExactly("work", "home", "other");
	}

	@Test
	void attributePathWhenKeyStartsWithExtensionUrnThenSplitsAfterUrn() {
		AttributePath path = this.registry.attributePath(ResourceType.USER, ENTERPRISE + ":employeeNumber");

		assertThat(path).isEqualTo(new AttributePath(ENTERPRISE, "employeeNumber", null));
	}

	@Test
	void attributePathWhenUrnKeyHasSubAttributeThenSplitsOnDotAfterUrn() {
		AttributePath path = this.registry.attributePath(ResourceType.USER, ENTERPRISE + ":manager.value");

		assertThat(path).isEqualTo(new AttributePath(ENTERPRISE, "manager", "value"));
	}

	@Test
	void attributePathWhenUnknownUrnThenSplitsAtLastColon() {
		String urn = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		assertThat(this.registry.attributePath(ResourceType.USER, urn + ":costRegion"))
			.isEqualTo(new AttributePath(urn, "costRegion", null));
	}

	@Test
	void namesWholeExtensionWhenUnknownUrnEndsInResourceTypeThenTrue() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		assertThat(this.registry.namesWholeExtension(ResourceType.USER, contoso, (urn) -> false)).isTrue();
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, contoso + ":region", (urn) -> false)).isFalse();
		assertThat(this.registry.namesWholeExtension(ResourceType.GROUP, contoso, (urn) -> false)).isFalse();
	}

	@Test
	void namesWholeExtensionWhenKnownOrCoreSchemaThenOnlyExtensions() {
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, ENTERPRISE.toLowerCase(java.util.Locale.ROOT),
				(urn) -> false))
			.isTrue();
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, USER, (urn) -> false)).isFalse();
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, ENTERPRISE + ":User", (urn) -> false))
			.isFalse();
	}

	@Test
	void namesWholeExtensionWhenResourceHoldsUrnThenTrueAndItsAttributesAreNot() {
		String custom = "urn:example:params:Custom";

		assertThat(this.registry.namesWholeExtension(ResourceType.USER, custom, custom::equalsIgnoreCase)).isTrue();
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, custom, (urn) -> false)).isFalse();
		assertThat(this.registry.namesWholeExtension(ResourceType.USER, custom + ":User", custom::equalsIgnoreCase))
			.isFalse();
	}

	@Test
	void attributePathWhenDottedKeyThenAttributeAndSubAttribute() {
		assertThat(this.registry.attributePath(ResourceType.USER, "name.givenName"))
			.isEqualTo(AttributePath.of("name", "givenName"));
	}

	@Test
	void schemasWhenListedThenUserEnterpriseAndGroupAsSchemaResources() {
		ArrayNode schemas = this.registry.schemas();

		assertThat(schemas.valueStream().map((schema) -> schema.get("id").asString())).containsExactly(USER, ENTERPRISE,
				SchemaRegistry.GROUP_SCHEMA);
		assertThat(schemas.valueStream().map((schema) -> schema.at("/meta/resourceType").asString()))
			.containsOnly("Schema");
		assertThat(schemas.valueStream().map((schema) -> schema.get("name").asString())).containsExactly("User",
				"EnterpriseUser", "Group");
	}

	@Test
	void schemasWhenRenderedThenNoNullAnywhere() {
		List<JsonNode> nodes = new ArrayList<>();
		collect(this.registry.schemas(), nodes);

		assertThat(nodes).isNotEmpty().noneMatch(JsonNode::isNull);
	}

	@Test
	void schemasWhenRenderedThenCharacteristicsAreCamelCase() {
		ObjectNode user = this.registry.schema(USER).orElseThrow();

		JsonNode userName = attribute(user, "userName");
		assertThat(userName.get("type").asString()).isEqualTo("string");
		assertThat(userName.get("mutability").asString()).isEqualTo("readWrite");
		assertThat(userName.get("uniqueness").asString()).isEqualTo("server");
		assertThat(userName.get("required").asBoolean()).isTrue();
		assertThat(attribute(user, "groups").get("mutability").asString()).isEqualTo("readOnly");
		assertThat(attribute(user, "password").get("mutability").asString()).isEqualTo("writeOnly");
		assertThat(attribute(user, "password").get("returned").asString()).isEqualTo("never");
	}

	@Test
	void schemaWhenUserThenEveryCoreAttributeListed() {
		ObjectNode user = this.registry.schema(USER).orElseThrow();

		assertThat(user.get("attributes").valueStream().map((attribute) -> attribute.get("name").asString()))
			.containsExactlyInAnyOrder("externalId", "userName", "name", "displayName", "nickName", "profileUrl",
					"title", "userType", "preferredLanguage", "locale", "timezone", "active", "password", "emails",
					"phoneNumbers", "ims", "photos", "addresses", "groups", "entitlements", "roles",
					"x509Certificates");
	}

	@Test
	void schemaWhenComplexAttributeThenSubAttributesAndNoCaseExact() {
		ObjectNode user = this.registry.schema(USER).orElseThrow();

		JsonNode name = attribute(user, "name");
		assertThat(name.has("caseExact")).isFalse();
		assertThat(name.get("subAttributes").valueStream().map((sub) -> sub.get("name").asString())).containsExactly(
				"formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix");
		assertThat(attribute(user, "emails").get("multiValued").asBoolean()).isTrue();
	}

	@Test
	void schemaWhenGroupThenMembersWithValueRefTypeDisplay() {
		ObjectNode group = this.registry.schema(SchemaRegistry.GROUP_SCHEMA.toLowerCase(java.util.Locale.ROOT))
			.orElseThrow();

		JsonNode members = attribute(group, "members");
		assertThat(members.get("subAttributes").valueStream().map((sub) -> sub.get("name").asString()))
			.containsExactly("value", "$ref", "type", "display");
		assertThat(attribute(group, "displayName").get("uniqueness").asString()).isEqualTo("server");
		assertThat(attribute(group, "externalId").get("caseExact").asBoolean()).isTrue();
	}

	@Test
	void schemaWhenUnknownUrnThenEmpty() {
		assertThat(this.registry.schema("urn:example:nothing")).isEmpty();
	}

	@Test
	void schemasWhenCallerChangesResultThenRegistryUnchanged() {
		this.registry.schemas().removeAll();

		assertThat(this.registry.schemas()).hasSize(3);
	}

	private static JsonNode attribute(JsonNode schema, String name) {
		return schema.get("attributes")
			.valueStream()
			.filter((attribute) -> attribute.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static void collect(JsonNode node, List<JsonNode> nodes) {
		nodes.add(node);
		node.values().forEach((child) -> collect(child, nodes));
	}

}
