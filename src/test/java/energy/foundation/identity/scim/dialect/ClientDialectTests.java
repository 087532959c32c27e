package energy.foundation.identity.scim.dialect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.patch.PatchOperation;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientDialectTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;

	private static final String U1 = "3e1f0c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

	private final ClientDialect dialect = new ClientDialect(new SchemaRegistry());

	@Test
	void patchOperationsWhenOpCapitalisedAndKeysOddlyCasedThenRead() {
		List<PatchOperation> operations = rawUserPatch(
				"{'operations':[{'OP':'Replace','Path':'displayName','VALUE':'Avery'}]}");

		assertThat(operations).singleElement().satisfies((operation) -> {
			assertThat(operation.op()).isEqualTo(Op.REPLACE);
			assertThat(operation.path().attribute()).isEqualTo(AttributePath.of("displayName"));
			assertThat(operation.value()).isEqualTo(json("'Avery'"));
		});
	}

	@Test
	void patchOperationsWhenSchemasMissingOrWrongCaseThenTolerated() {
		assertThat(rawUserPatch("{'Operations':[{'op':'remove','path':'title'}]}")).hasSize(1);
		assertThat(rawUserPatch("{'schemas':['URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:PATCHOP'],"
				+ "'Operations':[{'op':'remove','path':'title'}]}"))
			.hasSize(1);
	}

	// PR-30
	@Test
	void patchOperationsWhenOperationsMissingEmptyOrNotArrayThenInvalidSyntax() {
		assertScimType(() -> rawUserPatch("{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp']}"),
				"invalidSyntax");
		assertScimType(() -> rawUserPatch("{'Operations':[]}"), "invalidSyntax");
		assertScimType(() -> rawUserPatch("{'Operations':{'op':'add'}}"), "invalidSyntax");
		assertScimType(() -> rawUserPatch("[]"), "invalidSyntax");
	}

	@Test
	void patchOperationsWhenOpUnknownOrMissingThenInvalidSyntax() {
		assertScimType(() -> rawUserPatch("{'Operations':[{'op':'move','path':'title'}]}"), "invalidSyntax");
		assertScimType(() -> rawUserPatch("{'Operations':[{'path':'title'}]}"), "invalidSyntax");
		assertScimType(() -> rawUserPatch("{'Operations':['add']}"), "invalidSyntax");
	}

	@Test
	void patchOperationsWhenPathMalformedThenInvalidPath() {
		assertScimType(() -> rawUserPatch("{'Operations':[{'op':'add','path':'emails[type eq','value':'x'}]}"),
				"invalidPath");
		assertScimType(() -> rawUserPatch("{'Operations':[{'op':'add','path':7,'value':'x'}]}"), "invalidSyntax");
	}

	// TC-42, TC-43, PR-02
	@Test
	void patchOperationsWhenBooleanSentAsStringThenCoerced() {
		assertThat(userPatch(op("Replace", "active", "'False'")).get(0).value()).isEqualTo(json("false"));
		assertThat(userPatch(op("Replace", "active", "'True'")).get(0).value()).isEqualTo(json("true"));
		assertThat(userPatch(op("replace", "active", "'false'")).get(0).value()).isEqualTo(json("false"));
		assertThat(userPatch(op("replace", "active", "'TRUE'")).get(0).value()).isEqualTo(json("true"));
	}

	@Test
	void patchOperationsWhenBooleanStringInsideElementsThenCoerced() {
		List<PatchOperation> operations = userPatch(op("Add", "roles", "[{'primary':'True','value':'R','type':'T'}]")
				+ "," + op("Add", "emails[type eq \"work\"].primary", "'true'"));

		assertThat(operations.get(0).value()).isEqualTo(json("[{'primary':true,'value':'R','type':'T'}]"));
		assertThat(operations.get(1).value()).isEqualTo(json("true"));
	}

	@Test
	void patchOperationsWhenStringOnNonBooleanThenKeptAsSent() {
		assertThat(userPatch(op("Replace", "title", "'True'")).get(0).value()).isEqualTo(json("'True'"));
	}

	@Test
	void patchOperationsWhenPathlessValueHasDottedAndUrnKeysThenOneOperationPerAttribute() {
		List<PatchOperation> operations = userPatch(op("replace", null, "{'displayName':'Kat','name.givenName':'Kat','"
				+ ENTERPRISE + ":employeeNumber':'E-1','active':'False'}"));

		assertThat(operations).extracting((operation) -> operation.path().attribute())
			.containsExactly(AttributePath.of("displayName"), AttributePath.of("name", "givenName"),
					new AttributePath(ENTERPRISE, "employeeNumber", null), AttributePath.of("active"));
		assertThat(operations.get(3).value()).isEqualTo(json("false"));
	}

	@Test
	void patchOperationsWhenPathlessValueNestsExtensionObjectThenExpandedPerAttribute() {
		List<PatchOperation> operations = userPatch(
				op("add", null, "{'" + ENTERPRISE + "':{'department':'Sales','costCenter':'CC'}}"));

		assertThat(operations).extracting((operation) -> operation.path().attribute())
			.containsExactly(new AttributePath(ENTERPRISE, "department", null),
					new AttributePath(ENTERPRISE, "costCenter", null));
	}

	// Okta group rename
	@Test
	void patchOperationsWhenPathlessValueCarriesIdMetaSchemasThenIgnored() {
		List<PatchOperation> operations = dialectPatch(ResourceType.GROUP,
				op("replace", null, "{'id':'" + U1 + "','meta':{},'schemas':[],'displayName':'Ops'}"));

		assertThat(operations).singleElement()
			.satisfies(
					(operation) -> assertThat(operation.path().attribute()).isEqualTo(AttributePath.of("displayName")));
	}

	// Okta sends groups: [] with the user
	@Test
	void patchOperationsWhenPathlessValueCarriesUserGroupsThenIgnored() {
		List<PatchOperation> operations = userPatch(op("replace", null, "{'groups':[],'GROUPS.value':'x','"
				+ SchemaRegistry.USER_SCHEMA + "':{'groups':[{'value':'" + U1 + "'}]},'displayName':'Avery'}"));

		assertThat(operations).singleElement()
			.satisfies(
					(operation) -> assertThat(operation.path().attribute()).isEqualTo(AttributePath.of("displayName")));
	}

	@Test
	void patchOperationsWhenPathNamesUserGroupsThenKeptForTheCoreToRefuse() {
		List<PatchOperation> operations = userPatch(op("add", "groups", "[{'value':'" + U1 + "'}]"));

		assertThat(operations).singleElement()
			.satisfies((operation) -> assertThat(operation.path().attribute()).isEqualTo(AttributePath.of("groups")));
	}

	@Test
	void patchOperationsWhenPathlessValueHasUnknownKeyThenKeptPathless() {
		List<PatchOperation> operations = userPatch(op("add", null, "{'favouriteColour':'teal'}"));

		assertThat(operations).singleElement().satisfies((operation) -> {
			assertThat(operation.path()).isNull();
			assertThat(operation.value()).isEqualTo(json("{'favouriteColour':'teal'}"));
		});
	}

	// TC-55, PR-08
	@Test
	void patchOperationsWhenManagerIsBareIdThenReplacedByValueObject() {
		List<PatchOperation> operations = userPatch(op("Add", ENTERPRISE + ":manager", "'" + U1 + "'"));

		assertThat(operations).extracting(PatchOperation::op).containsExactly(Op.REMOVE, Op.ADD);
		assertThat(operations.get(1).value()).isEqualTo(json("{'value':'" + U1 + "'}"));
	}

	@Test
	void patchOperationsWhenManagerIsListWithRefThenValueObjectOnly() {
		List<PatchOperation> operations = userPatch(
				op("Add", "manager", "[{'$ref':'https://x.example/Users/" + U1 + "','value':'" + U1 + "'}]"));

		assertThat(operations.get(1).value()).isEqualTo(json("{'value':'" + U1 + "'}"));
	}

	// TC-58
	@Test
	void patchOperationsWhenManagerValueEmptyOrNullThenRemove() {
		for (String empty : List.of("{'value':''}", "''", "null", "[]")) {
			List<PatchOperation> operations = userPatch(op("Replace", ENTERPRISE + ":manager", empty));

			assertThat(operations).singleElement()
				.satisfies((operation) -> assertThat(operation.op()).isEqualTo(Op.REMOVE));
		}
	}

	@Test
	void patchOperationsWhenManagerIsNumberThenInvalidValue() {
		assertScimType(() -> userPatch(op("Replace", "manager", "42")), "invalidValue");
	}

	// Entra default member removal
	@Test
	void patchOperationsWhenRemoveMembersWithValueListThenValueKept() {
		List<PatchOperation> operations = dialectPatch(ResourceType.GROUP,
				op("Remove", "members", "[{'$ref':null,'value':'" + U1 + "'}]"));

		assertThat(operations.get(0).value()).isEqualTo(json("[{'$ref':null,'value':'" + U1 + "'}]"));
	}

	@Test
	void patchOperationsWhenRemoveWithValueOnSingleValuedPathThenValueDropped() {
		assertThat(userPatch(op("Remove", "title", "'Buyer'")).get(0).value()).isNull();
		assertThat(userPatch(op("Remove", "emails[type eq \"work\"].value", "'old@contoso.com'")).get(0).value())
			.isNull();
	}

	@Test
	void patchOperationsWhenPasswordThenDropped() {
		assertThat(userPatch(op("replace", null, "{'password':'secret-1'}"))).isEmpty();
		assertThat(userPatch(op("replace", "password", "'secret-1'"))).isEmpty();
	}

	@Test
	void patchOperationsWhenRoleValueIsJsonInStringThenKeptAsSent() {
		String role = "[{'value':'{\\'id\\':\\'06b0\\',\\'value\\':\\'Admin\\'}'}]";

		List<PatchOperation> operations = userPatch(op("Add", "roles", role));

		assertThat(operations.get(0).value().get(0).get("value").asString())
			.isEqualTo("{\"id\":\"06b0\",\"value\":\"Admin\"}");
	}

	@Test
	void resourceAttributesWhenBodyNotObjectThenInvalidSyntax() {
		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER, json("[]")), "invalidSyntax");
	}

	// E03, TC-16
	@Test
	void resourceAttributesWhenEntraCreateThenServerKeysDroppedAndRestKept() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'schemas':['" + SchemaRegistry.USER_SCHEMA
						+ "'],'externalId':'avery.ng','userName':'avery.ng@contoso.com',"
						+ "'active':true,'emails':[{'primary':true,'type':'work','value':'Avery.Ng@Contoso.com'}],"
						+ "'phoneNumbers':[{'type':'mobile','value':'+44 7700 900123'}],'" + ENTERPRISE
						+ "':{'employeeNumber':'10442'},'meta':{'resourceType':'User'},'roles':[]}"));

		assertThat(attributes).isEqualTo(json("{'externalId':'avery.ng','userName':'avery.ng@contoso.com',"
				+ "'active':true,'emails':[{'primary':true,'type':'work','value':'Avery.Ng@Contoso.com'}],"
				+ "'phoneNumbers':[{'type':'mobile','value':'+44 7700 900123'}],'" + ENTERPRISE
				+ "':{'employeeNumber':'10442'},'roles':[]}"));
	}

	// TC-25
	@Test
	void resourceAttributesWhenOktaCreateThenPasswordAndGroupsDropped() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a@contoso.com','groups':[],'password':'tmp-Xq83pw1','id':'abc','locale':'en-GB'}"));

		assertThat(attributes).isEqualTo(json("{'userName':'a@contoso.com','locale':'en-GB'}"));
	}

	// TC-23
	@Test
	void resourceAttributesWhenBooleanStringsAndNullsThenCoercedAndDropped() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER, json(
				"{'userName':'a','active':'False','manager':null,'roles':[{'primary':'True','value':'R','display':null}]}"));

		assertThat(attributes)
			.isEqualTo(json("{'userName':'a','active':false,'roles':[{'primary':true,'value':'R'}]}"));
	}

	@Test
	void resourceAttributesWhenNamesOddlyCasedThenSchemaCasing() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'username':'a','NAME':{'GIVENNAME':'Avery'},'" + ENTERPRISE.toLowerCase(java.util.Locale.ROOT)
						+ "':{'Department':'Sales'}}"));

		assertThat(attributes).isEqualTo(
				json("{'userName':'a','name':{'givenName':'Avery'},'" + ENTERPRISE + "':{'department':'Sales'}}"));
	}

	@Test
	void resourceAttributesWhenUnknownAttributesAndExtensionsThenKeptExactly() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";
		String body = "{'userName':'a','favouriteColour':'Teal','" + contoso + "':{'costRegion':'EU','x':null}}";

		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER, json(body));

		assertThat(attributes).isEqualTo(json(body));
	}

	@Test
	void resourceAttributesWhenManagerShapesThenValueObject() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a','" + ENTERPRISE + "':{'manager':'" + U1 + "'}}"));
		ObjectNode emptied = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':''}}}"));

		assertThat(attributes.get(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'" + U1 + "'}}"));
		assertThat(emptied).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void resourceAttributesWhenFlatUrnKeyThenNestedUnderExtension() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a','" + ENTERPRISE + ":department':'Sales'}"));

		assertThat(attributes).isEqualTo(json("{'userName':'a','" + ENTERPRISE + "':{'department':'Sales'}}"));
	}

	@Test
	void resourceAttributesWhenUserNameMissingOrEmptyThenInvalidValueNamingIt() {
		for (String body : List.of("{'displayName':'A'}", "{'userName':''}", "{'userName':7}")) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> this.dialect.resourceAttributes(ResourceType.USER, json(body)))
				.satisfies((ex) -> {
					assertThat(ex.scimType()).isEqualTo("invalidValue");
					assertThat(ex.detail()).contains("userName");
				});
		}
	}

	@Test
	void resourceAttributesWhenGroupWithoutDisplayNameThenInvalidValue() {
		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.GROUP, json("{'externalId':'x'}")),
				"invalidValue");
	}

	// E09
	@Test
	void resourceAttributesWhenEntraGroupCreateThenMembersAndSchemasDropped() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.GROUP,
				json("{'schemas':['" + SchemaRegistry.GROUP_SCHEMA
						+ "','http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],"
						+ "'externalId':'5b0e','displayName':'Finance Approvers','meta':{'resourceType':'Group'},"
						+ "'members':[{'value':'" + U1 + "'}]}"));

		assertThat(attributes).isEqualTo(json("{'externalId':'5b0e','displayName':'Finance Approvers'}"));
	}

	@Test
	void resourceAttributesWhenValueHasWrongTypeThenInvalidValue() {
		assertScimType(
				() -> this.dialect.resourceAttributes(ResourceType.USER, json("{'userName':'a','active':'yes'}")),
				"invalidValue");
		assertScimType(
				() -> this.dialect.resourceAttributes(ResourceType.USER, json("{'userName':'a','emails':'a@b.c'}")),
				"invalidValue");
	}

	@Test
	void resourceAttributesWhenKeyIsNotAttributeNameThenInvalidValueNamingIt() {
		for (String key : List.of("emails[type eq \\\"work\\\"].value", "", "$ref", "given name", "1st", "nick.name",
				"name.nickname", "urn:x")) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> this.dialect.resourceAttributes(ResourceType.USER,
						json("{'userName':'w','" + key + "':'x'}")))
				.satisfies((ex) -> {
					assertThat(ex.scimType()).isEqualTo("invalidValue");
					assertThat(ex.detail()).contains("'" + key.replace("\\\"", "\"") + "'");
				});
		}
	}

	@Test
	void resourceAttributesWhenInvalidKeyIsLongThenDetailShowsSixtyFourCharacters() {
		String key = "x ".repeat(100);

		assertThatExceptionOfType(ScimException.class)
			.isThrownBy(
					() -> this.dialect.resourceAttributes(ResourceType.USER, json("{'userName':'w','" + key + "':1}")))
			.satisfies((ex) -> {
				assertThat(ex.detail()).contains("'" + key.substring(0, 64) + "...'");
				assertThat(ex.detail()).doesNotContain(key.substring(0, 65));
			});
	}

	@Test
	void resourceAttributesWhenExtensionKeyIsNotAttributeNameThenInvalidValue() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + ENTERPRISE + "':{'':'x'}}")), "invalidValue");
		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + ENTERPRISE + "':{'department.x':'x'}}")), "invalidValue");
		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + contoso + "':{'cost region':'EU'}}")), "invalidValue");
	}

	@Test
	void resourceAttributesWhenComplexValueHasInvalidSubAttributeNameThenInvalidValue() {
		for (String attribute : List.of("'name':{'':'x'}", "'emails':[{'value':'a@b.c','$$':'x'}]",
				"'favourite':{'a b':1}", "'name':{'$ref':'https://x.example/'}",
				"'" + ENTERPRISE + "':{'manager':{'value':'" + U1 + "','_id':'x'}}")) {
			assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER,
					json("{'userName':'w'," + attribute + "}")), "invalidValue");
		}
	}

	@Test
	void resourceAttributesWhenRefInMultiValuedOrReferenceAttributeThenAccepted() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','photos':[{'value':'https://x.example/p','$ref':'https://x.example/p'}],'"
						+ ENTERPRISE + "':{'manager':{'$ref':'https://x.example/Users/" + U1 + "','value':'" + U1
						+ "'}}}"));

		assertThat(attributes.at("/photos/0/$ref").asString()).isEqualTo("https://x.example/p");
		assertThat(attributes.get(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'" + U1 + "'}}"));
	}

	@Test
	void resourceAttributesWhenUnknownUrnPrefixedKeyThenNestedUnderItsExtension() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + contoso + ":costRegion':'EU','" + contoso + "':{'site':'Leeds'}}"));

		assertThat(attributes).isEqualTo(json("{'userName':'w','" + contoso + "':{'costRegion':'EU','site':'Leeds'}}"));
	}

	@Test
	void resourceAttributesWhenUnknownExtensionUrnIsNotObjectThenInvalidValue() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		assertInvalidValueNaming(() -> this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + contoso + "':'South'}")), contoso);
	}

	@Test
	void resourceAttributesWhenUrnKeyNamesObjectAttributeOfUnknownExtensionThenNestedInIt() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + contoso + ":address':{'street':'2 Park Row'}}"));

		assertThat(attributes)
			.isEqualTo(json("{'userName':'w','" + contoso + "':{'address':{'street':'2 Park Row'}}}"));
	}

	@Test
	void resourceAttributesWhenUserGroupsGivenByUrnOrDottedKeyThenDropped() {
		ObjectNode byUrn = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','" + SchemaRegistry.USER_SCHEMA + ":groups':[{'value':'" + U1 + "'}]}"));
		ObjectNode dotted = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','groups.value':'" + U1 + "'}"));

		assertThat(byUrn).isEqualTo(json("{'userName':'w'}"));
		assertThat(dotted).isEqualTo(json("{'userName':'w'}"));
	}

	@Test
	void resourceAttributesWhenExtensionIsNotObjectThenInvalidValue() {
		for (String value : List.of("'str'", "7", "true", "['a']")) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> this.dialect.resourceAttributes(ResourceType.USER,
						json("{'userName':'w','" + ENTERPRISE + "':" + value + "}")))
				.satisfies((ex) -> {
					assertThat(ex.scimType()).isEqualTo("invalidValue");
					assertThat(ex.detail()).contains(ENTERPRISE);
				});
		}
		assertScimType(() -> this.dialect.resourceAttributes(ResourceType.GROUP,
				json("{'displayName':'G','" + SchemaRegistry.GROUP_SCHEMA + "':'str'}")), "invalidValue");
	}

	@Test
	void resourceAttributesWhenTwoValuesArePrimaryThenInvalidValue() {
		for (String attribute : List.of(
				"'emails':[{'value':'a@b.c','primary':true},{'value':'d@e.f','primary':'True'}]",
				"'favourites':[{'value':'a','primary':true},{'value':'b','primary':true}]",
				"'" + ENTERPRISE + "':{'badges':[{'value':'a','primary':true},{'value':'b','primary':true}]}")) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> this.dialect.resourceAttributes(ResourceType.USER,
						json("{'userName':'w'," + attribute + "}")))
				.satisfies((ex) -> {
					assertThat(ex.scimType()).isEqualTo("invalidValue");
					assertThat(ex.detail()).contains("primary");
				});
		}
	}

	@Test
	void resourceAttributesWhenOneValueIsPrimaryThenAccepted() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'w','emails':[{'value':'a@b.c','primary':true},{'value':'d@e.f','primary':false}]}"));

		assertThat(attributes.get("emails")).hasSize(2);
	}

	@Test
	void resourceAttributesWhenNameGivenTwiceInDifferentCaseThenInvalidSyntaxNamingIt() {
		Map<String, String> bodies = Map.of("{'userName':'a','USERNAME':'b'}", "USERNAME",
				"{'userName':'a','USERNAME':null}", "USERNAME",
				"{'userName':'a','name':{'givenName':'A','GIVENNAME':'B'}}", "GIVENNAME",
				"{'userName':'a','" + ENTERPRISE + "':{'department':'A','Department':'B'}}", "Department",
				"{'userName':'a','emails':[{'value':'a@b.c','VALUE':'d@e.f'}]}", "VALUE");
		bodies.forEach((body, name) -> assertThatExceptionOfType(ScimException.class)
			.isThrownBy(() -> this.dialect.resourceAttributes(ResourceType.USER, json(body)))
			.satisfies((ex) -> {
				assertThat(ex.scimType()).isEqualTo("invalidSyntax");
				assertThat(ex.detail()).contains("'" + name + "'");
			}));
	}

	@Test
	void resourceAttributesWhenAttributeGivenTwiceInDifferentFormsThenInvalidSyntax() {
		for (String body : List.of("{'userName':'a','name':{'givenName':'A'},'name.givenName':'B'}",
				"{'userName':'a','" + ENTERPRISE + "':{'department':'A'},'" + ENTERPRISE + ":department':'B'}",
				"{'userName':'a','manager':'" + U1 + "','" + ENTERPRISE + "':{'manager':'" + U1 + "'}}",
				"{'" + SchemaRegistry.USER_SCHEMA + "':{'userName':'a'},'userName':'b'}")) {
			assertScimType(() -> this.dialect.resourceAttributes(ResourceType.USER, json(body)), "invalidSyntax");
		}
	}

	@Test
	void resourceAttributesWhenSeveralSubAttributesGivenFlatThenNested() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a','name.givenName':'A','name.familyName':'B'}"));

		assertThat(attributes).isEqualTo(json("{'userName':'a','name':{'givenName':'A','familyName':'B'}}"));
	}

	@Test
	void resourceAttributesWhenControlCharacterInIdentifyingNameThenInvalidValueNamingIt() {
		List<String> users = List.of("{'userName':'a\\tb'}", "{'userName':'a\\u007f'}",
				"{'userName':'a','externalId':'x\\n'}", "{'userName':'\\u001ba'}");
		for (String body : users) {
			assertInvalidValueNaming(() -> this.dialect.resourceAttributes(ResourceType.USER, json(body)),
					body.contains("externalId") ? "externalId" : "userName");
		}
		assertInvalidValueNaming(
				() -> this.dialect.resourceAttributes(ResourceType.GROUP, json("{'displayName':'Ops\\u0007'}")),
				"displayName");
	}

	@Test
	void resourceAttributesWhenControlCharacterInOtherAttributeThenKept() {
		ObjectNode attributes = this.dialect.resourceAttributes(ResourceType.USER,
				json("{'userName':'a','displayName':'A\\tB','addresses':[{'formatted':'1 Road\\nLeeds'}]}"));

		assertThat(attributes.get("displayName").asString()).isEqualTo("A\tB");
	}

	// Defect 1: a path-less key that is a whole path with a value filter (Entra's
	// validator)
	@Test
	void patchOperationsWhenPathlessKeyHasValueFilterThenAppliedAsThatPath() {
		List<PatchOperation> operations = userPatch(
				op("add", null, "{'emails[type eq \\\"work\\\"].value':'w@x.example','displayName':'W'}"));

		assertThat(operations).hasSize(2);
		assertThat(operations.get(0).path().valueFilter()).isNotNull();
		assertThat(operations.get(0).path().attribute()).isEqualTo(AttributePath.of("emails"));
		assertThat(operations.get(0).path().subAttribute()).isEqualTo("value");
		assertThat(operations.get(0).value()).isEqualTo(json("'w@x.example'"));
	}

	@Test
	void patchOperationsWhenPathlessKeyIsNotAttributeNameThenInvalidPathNamingIt() {
		for (String key : List.of("", "$ref", "given name", "emails[type eq", "emails[type eq \\\"work\\\"]].value",
				"name.", "a.b.c", "urn:x")) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> userPatch(op("add", null, "{'" + key + "':'x'}")))
				.satisfies((ex) -> {
					assertThat(ex.scimType()).isEqualTo("invalidPath");
					assertThat(ex.detail()).contains("'" + key.replace("\\\"", "\"") + "'");
				});
		}
	}

	@Test
	void patchOperationsWhenPathlessExtensionObjectHasInvalidKeyThenInvalidPath() {
		assertScimType(() -> userPatch(op("replace", null, "{'" + ENTERPRISE + "':{'cost center':'x'}}")),
				"invalidPath");
	}

	@Test
	void patchOperationsWhenPathlessKeyWithoutFilterHasBracketsThenInvalidPath() {
		assertScimType(() -> userPatch(op("add", null, "{'emails[]':'x'}")), "invalidPath");
	}

	// Defect 3: add or replace without a value must not read as "clear"
	@Test
	void patchOperationsWhenAddOrReplaceHasNoValueThenInvalidValue() {
		for (String operation : List.of("{'op':'add','path':'displayName'}", "{'op':'Replace','path':'title'}",
				"{'op':'Add','path':'manager'}", "{'op':'add'}",
				"{'op':'replace','path':'" + ENTERPRISE + ":manager'}")) {
			assertThatExceptionOfType(ScimException.class).isThrownBy(() -> userPatch(operation)).satisfies((ex) -> {
				assertThat(ex.scimType()).isEqualTo("invalidValue");
				assertThat(ex.detail()).contains("needs a 'value'");
			});
		}
	}

	@Test
	void patchOperationsWhenReplaceHasExplicitNullOrEmptyThenKeptForClearing() {
		assertThat(userPatch(op("replace", "title", "null")).get(0).value()).isEqualTo(json("null"));
		assertThat(userPatch(op("Replace", "title", "''")).get(0).value()).isEqualTo(json("''"));
	}

	// Defect 5
	@Test
	void patchOperationsWhenNameGivenTwiceInDifferentCaseThenInvalidSyntax() {
		for (String operation : List.of("{'op':'add','OP':'remove','path':'title','value':'x'}",
				op("replace", null, "{'displayName':'a','DISPLAYNAME':'b'}"),
				op("replace", null, "{'" + ENTERPRISE + "':{'department':'a','DEPARTMENT':'b'}}"))) {
			assertScimType(() -> userPatch(operation), "invalidSyntax");
		}
		assertScimType(() -> rawUserPatch("{'Operations':[" + op("add", "title", "'x'") + "],'operations':[]}"),
				"invalidSyntax");
	}

	@Test
	void memberIdsWhenMembersListedThenIds() {
		Set<UUID> ids = this.dialect.memberIds(json("{'displayName':'G','members':[{'value':'" + U1 + "'}]}"));

		assertThat(ids).containsExactly(UUID.fromString(U1));
	}

	@Test
	void memberIdsWhenNoMembersKeyThenNull() {
		assertThat(this.dialect.memberIds(json("{'displayName':'G'}"))).isNull();
	}

	@Test
	void memberIdsWhenMembersEmptyOrNullThenEmpty() {
		assertThat(this.dialect.memberIds(json("{'members':[]}"))).isEmpty();
		assertThat(this.dialect.memberIds(json("{'Members':null}"))).isEmpty();
	}

	@Test
	void memberIdsWhenValueNotUuidThenInvalidValue() {
		assertScimType(() -> this.dialect.memberIds(json("{'members':[{'value':'bob'}]}")), "invalidValue");
		assertScimType(() -> this.dialect.memberIds(json("{'members':'bob'}")), "invalidValue");
	}

	private List<PatchOperation> userPatch(String body) {
		return dialectPatch(ResourceType.USER, body);
	}

	private List<PatchOperation> rawUserPatch(String request) {
		return this.dialect.patchOperations(ResourceType.USER, json(request));
	}

	private List<PatchOperation> dialectPatch(ResourceType type, String operations) {
		return this.dialect.patchOperations(type, json("{'Operations':[" + operations + "]}"));
	}

	static String op(String op, String path, String value) {
		String pathPart = (path != null) ? ",'path':'" + path.replace("\"", "\\\"") + "'" : "";
		return "{'op':'" + op + "'" + pathPart + ",'value':" + value + "}";
	}

	@SuppressWarnings("unchecked")
	static <T extends JsonNode> T json(String text) {
		return (T) JSON.readTree(text.replace('\'', '"'));
	}

	private static void assertInvalidValueNaming(Runnable call, String attribute) {
		assertThatExceptionOfType(ScimException.class).isThrownBy(call::run).satisfies((ex) -> {
			assertThat(ex.scimType()).isEqualTo("invalidValue");
			assertThat(ex.detail()).contains("'" + attribute + "'");
		});
	}

	private static void assertScimType(Runnable call, String scimType) {
		assertThatExceptionOfType(ScimException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo(scimType));
	}

}
