package energy.foundation.identity.scim.patch;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.FilterParser;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PatchEngineTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;

	private static final String CONTOSO = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

	private static final String U1 = "3e1f0c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

	private static final String U2 = "77aa0c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

	private final PatchEngine engine = new PatchEngine(new SchemaRegistry());

	@Test
	void applyWhenReplaceSimpleAttributeThenValueReplaced() {
		ObjectNode result = user("{'userName':'a@contoso.com','displayName':'Avery'}",
				op(Op.REPLACE, "displayName", "'Avery J. Ng'"));

		assertThat(result.get("displayName").asString()).isEqualTo("Avery J. Ng");
	}

	@Test
	void applyWhenAddToSingleValuedAttributeThenReplacesValue() {
		ObjectNode result = user("{'active':true}", op(Op.ADD, "active", "false"));

		assertThat(result.get("active").booleanValue()).isFalse();
	}

	@Test
	void applyWhenPathCasingDiffersThenStoredUnderSchemaName() {
		ObjectNode result = user("{'nickName':'A'}", op(Op.REPLACE, "NICKNAME", "'AJ'"));

		assertThat(result.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("nickName");
		assertThat(result.get("nickName").asString()).isEqualTo("AJ");
	}

	@Test
	void applyWhenReplaceSubAttributeThenOtherSubAttributesKept() {
		ObjectNode result = user("{'name':{'givenName':'Avery','familyName':'Ng'}}",
				op(Op.REPLACE, "name.familyName", "'Ng-Patel'"));

		assertThat(result.get("name")).isEqualTo(json("{'givenName':'Avery','familyName':'Ng-Patel'}"));
	}

	@Test
	void applyWhenReplaceComplexAttributeThenSubAttributesMerged() {
		ObjectNode result = user("{'name':{'givenName':'Avery','familyName':'Ng'}}",
				op(Op.REPLACE, "name", "{'givenName':'Ava'}"));

		assertThat(result.get("name")).isEqualTo(json("{'givenName':'Ava','familyName':'Ng'}"));
	}

	@Test
	void applyWhenAddToMultiValuedThenAppendsAndSkipsExactDuplicates() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@contoso.com'}]}", op(Op.ADD, "emails",
				"[{'type':'work','value':'a@contoso.com'},{'type':'home','value':'a@home.example'}]"));

		assertThat(result.get("emails"))
			.isEqualTo(json("[{'type':'work','value':'a@contoso.com'},{'type':'home','value':'a@home.example'}]"));
	}

	@Test
	void applyWhenAddPrimaryValueThenOtherValuesLosePrimary() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@contoso.com','primary':true}]}",
				op(Op.ADD, "emails", "[{'type':'home','value':'a@home.example','primary':true}]"));

		assertThat(result.at("/emails/0/primary").booleanValue()).isFalse();
		assertThat(result.at("/emails/1/primary").booleanValue()).isTrue();
	}

	@Test
	void applyWhenReplaceMultiValuedThenWholeListReplaced() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@contoso.com'}]}",
				op(Op.REPLACE, "emails", "[{'type':'home','value':'a@home.example'}]"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'home','value':'a@home.example'}]"));
	}

	@Test
	void applyWhenRemoveAttributeThenAbsent() {
		ObjectNode result = user("{'preferredLanguage':'en-GB','title':'Buyer'}",
				op(Op.REMOVE, "preferredLanguage", null));

		assertThat(result).isEqualTo(json("{'title':'Buyer'}"));
	}

	@Test
	void applyWhenRemoveAbsentAttributeThenNoChange() {
		ObjectNode result = user("{'title':'Buyer'}", op(Op.REMOVE, "nickName", null));

		assertThat(result).isEqualTo(json("{'title':'Buyer'}"));
	}

	@Test
	void applyWhenReplaceWithEmptyStringThenCleared() {
		ObjectNode result = user("{'title':'Buyer'}", op(Op.REPLACE, "title", "''"));

		assertThat(result.has("title")).isFalse();
	}

	@Test
	void applyWhenReplaceWithNullThenCleared() {
		ObjectNode result = user("{'title':'Buyer'}", op(Op.REPLACE, "title", "null"));

		assertThat(result.has("title")).isFalse();
	}

	@Test
	void applyWhenReplaceWithWrongTypeThenInvalidValue() {
		assertScimType(() -> user("{}", op(Op.REPLACE, "active", "'yes'")), "invalidValue");
	}

	// TC-48
	@Test
	void applyWhenReplaceThroughValuePathThenOnlyMatchingElementChanged() {
		ObjectNode result = user(
				"{'emails':[{'type':'work','value':'old@contoso.com'},{'type':'home','value':'a@home.example'}]}",
				op(Op.REPLACE, "emails[type eq \"work\"].value", "'new@contoso.com'"));

		assertThat(result.get("emails"))
			.isEqualTo(json("[{'type':'work','value':'new@contoso.com'},{'type':'home','value':'a@home.example'}]"));
	}

	@Test
	void applyWhenValuePathTypeCasingDiffersThenStillMatches() {
		ObjectNode result = user("{'emails':[{'type':'Work','value':'old@contoso.com'}]}",
				op(Op.REPLACE, "emails[TYPE eq \"work\"].value", "'new@contoso.com'"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'Work','value':'new@contoso.com'}]"));
	}

	// TC-49, PR-10
	@Test
	void applyWhenAddThroughValuePathWithoutMatchThenElementCreated() {
		ObjectNode result = user("{'userName':'a'}", op(Op.ADD, "emails[type eq \"work\"].value", "'a@contoso.com'"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','value':'a@contoso.com'}]"));
	}

	@Test
	void applyWhenSeveralOperationsShareFilterThenOneElementBuilt() {
		ObjectNode result = user("{}", op(Op.ADD, "addresses[type eq \"work\"].formatted", "'Bldg 7'"),
				op(Op.ADD, "addresses[type eq \"work\"].streetAddress", "'2 Park Row'"),
				op(Op.ADD, "phoneNumbers[type eq \"fax\"].value", "'+441130000001'"));

		assertThat(result.get("addresses"))
			.isEqualTo(json("[{'type':'work','formatted':'Bldg 7','streetAddress':'2 Park Row'}]"));
		assertThat(result.get("phoneNumbers")).isEqualTo(json("[{'type':'fax','value':'+441130000001'}]"));
	}

	// CLIENTS.md §1.6, §9.4, E05 b
	@Test
	void applyWhenPrimaryAddedThroughValuePathBeforeValueThenOneElementKeepsBoth() {
		ObjectNode result = user("{}", op(Op.ADD, "emails[type eq \"work\"].primary", "true"),
				op(Op.ADD, "emails[type eq \"work\"].value", "'u4@x.com'"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','primary':true,'value':'u4@x.com'}]"));
	}

	@Test
	void applyWhenOnlyPrimaryAddedThroughValuePathWithoutMatchThenElementCreated() {
		ObjectNode result = user("{}", op(Op.ADD, "addresses[type eq \"new\"].primary", "true"));

		assertThat(result.get("addresses")).isEqualTo(json("[{'type':'new','primary':true}]"));
	}

	@Test
	void applyWhenDisplayReplacedThroughValuePathWithoutMatchThenElementCreated() {
		ObjectNode result = user("{}", op(Op.REPLACE, "emails[type eq \"work\" and primary eq true].display", "'W'"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','primary':true,'display':'W'}]"));
	}

	@Test
	void applyWhenValueClearedThroughValuePathThenHollowElementDropped() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@c.com','primary':true}]}",
				op(Op.REPLACE, "emails[type eq \"work\"].value", "''"));

		assertThat(result.has("emails")).isFalse();
	}

	@Test
	void applyWhenFilterOnBooleanUsesStringLiteralThenCreatesBooleanPrimary() {
		ObjectNode result = user("{}", op(Op.ADD, "roles[primary eq \"True\"].value", "'Admin'"),
				op(Op.ADD, "roles[primary eq \"True\"].display", "'Administrator'"));

		assertThat(result.get("roles")).isEqualTo(json("[{'primary':true,'value':'Admin','display':'Administrator'}]"));
	}

	@Test
	void applyWhenFilterJoinsEqualitiesWithAndThenCreatedElementCarriesAll() {
		ObjectNode result = user("{}",
				op(Op.REPLACE, "emails[type eq \"work\" and primary eq true].value", "'a@c.com'"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','primary':true,'value':'a@c.com'}]"));
	}

	@Test
	void applyWhenReplaceThroughNonEqualityFilterWithoutMatchThenNoTarget() {
		assertScimType(() -> user("{}", op(Op.REPLACE, "emails[value co \"@\"].type", "'work'")), "noTarget");
	}

	@Test
	void applyWhenValuePathWithoutSubAttributeThenMatchedElementMerged() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@c.com'}]}",
				op(Op.REPLACE, "emails[type eq \"work\"]", "{'value':'b@c.com','primary':true}"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','value':'b@c.com','primary':true}]"));
	}

	@Test
	void applyWhenRemoveThroughValuePathThenMatchingElementsRemoved() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@c.com'},{'type':'home','value':'a@h.example'}]}",
				op(Op.REMOVE, "emails[type eq \"work\"]", null));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'home','value':'a@h.example'}]"));
	}

	@Test
	void applyWhenRemoveSubAttributeThroughValuePathThenHollowElementDropped() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'a@c.com','primary':true}]}",
				op(Op.REMOVE, "emails[type eq \"work\"].value", null));

		assertThat(result.has("emails")).isFalse();
	}

	@Test
	void applyWhenRemoveSubAttributeLeavesOtherContentThenElementKept() {
		ObjectNode result = user("{'addresses':[{'type':'work','locality':'Leeds','country':'GB'}]}",
				op(Op.REMOVE, "addresses[type eq \"work\"].locality", null));

		assertThat(result.get("addresses")).isEqualTo(json("[{'type':'work','country':'GB'}]"));
	}

	@Test
	void applyWhenRemoveThroughValuePathMatchesNothingThenNoChange() {
		ObjectNode result = user("{'emails':[{'type':'home','value':'a@h.example'}]}",
				op(Op.REMOVE, "emails[type eq \"work\"]", null));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'home','value':'a@h.example'}]"));
	}

	@Test
	void applyWhenFilterUsesOrNotAndPresentThenEvaluatedPerElement() {
		ObjectNode result = user(
				"{'emails':[{'type':'work','value':'a@c.com'},{'type':'home'},{'type':'other','value':'x@y.z'}]}",
				op(Op.REMOVE, "emails[(type eq \"work\" or type eq \"other\") and not (value pr)]", null),
				op(Op.REMOVE, "emails[value ew \"Y.Z\" or value sw \"nope\"]", null));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','value':'a@c.com'},{'type':'home'}]"));
	}

	@Test
	void applyWhenFilterComparesCaseExactSubAttributeThenCaseMatters() {
		ObjectNode result = user(
				"{'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'manager':{'value':'ABC'}}}",
				op(Op.REMOVE, "manager[value eq \"abc\"]", null));

		assertThat(result.at("/" + escape(ENTERPRISE) + "/manager/value").asString()).isEqualTo("ABC");
	}

	@Test
	void applyWhenRemoveManagerThroughMatchingFilterThenManagerRemoved() {
		ObjectNode result = user("{'" + ENTERPRISE + "':{'manager':{'value':'" + U1 + "'},'department':'Sales'}}",
				op(Op.REMOVE, "manager[value eq \"" + U1 + "\"]", null));

		assertThat(result).isEqualTo(json("{'" + ENTERPRISE + "':{'department':'Sales'}}"));
	}

	// TC-54
	@Test
	void applyWhenAddExtensionAttributeByUrnPathThenStoredUnderExtension() {
		ObjectNode result = user("{}", op(Op.ADD, ENTERPRISE + ":department", "'Sourcing'"));

		assertThat(result).isEqualTo(json("{'" + ENTERPRISE + "':{'department':'Sourcing'}}"));
	}

	@Test
	void applyWhenUnprefixedEnterpriseAttributeThenResolvedToExtension() {
		ObjectNode result = user("{}", op(Op.REPLACE, "employeeNumber", "'10442'"));

		assertThat(result).isEqualTo(json("{'" + ENTERPRISE + "':{'employeeNumber':'10442'}}"));
	}

	@Test
	void applyWhenLastExtensionAttributeRemovedThenExtensionObjectDropped() {
		ObjectNode result = user("{'" + ENTERPRISE + "':{'department':'Sales'}}",
				op(Op.REMOVE, ENTERPRISE + ":department", null));

		assertThat(result.isEmpty()).isTrue();
	}

	@Test
	void applyWhenWholeExtensionReplacedThenAttributesMerged() {
		ObjectNode result = user("{'" + ENTERPRISE + "':{'department':'Sales'}}",
				op(Op.REPLACE, ENTERPRISE, "{'costCenter':'CC-1'}"));

		assertThat(result).isEqualTo(json("{'" + ENTERPRISE + "':{'department':'Sales','costCenter':'CC-1'}}"));
	}

	// TC-67
	@Test
	void applyWhenUnknownExtensionAttributeThenStoredAsSent() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		ObjectNode result = user("{}", op(Op.ADD, contoso + ":costRegion", "'EU'"));

		assertThat(result).isEqualTo(json("{'" + contoso + "':{'costRegion':'EU'}}"));
	}

	@Test
	void applyWhenPathIsUnknownExtensionUrnThenReplaceMergesIntoExtension() {
		ObjectNode result = user("{'" + CONTOSO + "':{'region':'North','site':'Leeds'}}",
				op(Op.REPLACE, CONTOSO, "{'region':'South'}"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'region':'South','site':'Leeds'}}"));
	}

	@Test
	void applyWhenRemovePathIsUnknownExtensionUrnThenWholeExtensionRemoved() {
		ObjectNode result = user("{'userName':'a','" + CONTOSO + "':{'region':'North'}}",
				op(Op.REMOVE, CONTOSO.toLowerCase(java.util.Locale.ROOT), null));

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void applyWhenAddPathIsNewUnknownExtensionUrnThenExtensionCreated() {
		String foo = "urn:ietf:params:scim:schemas:extension:Foo:2.0:User";

		ObjectNode result = user("{'userName':'a'}", op(Op.ADD, foo, "{'region':'South'}"));

		assertThat(result).isEqualTo(json("{'userName':'a','" + foo + "':{'region':'South'}}"));
	}

	@Test
	void applyWhenPathNamesAttributeOfUnknownExtensionThenOnlyThatAttributeChanged() {
		ObjectNode result = user("{'" + CONTOSO + "':{'region':'North','site':'Leeds'}}",
				op(Op.REPLACE, CONTOSO + ":region", "'South'"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'region':'South','site':'Leeds'}}"));
	}

	@Test
	void applyWhenGroupPathIsUnknownGroupExtensionUrnThenWholeExtension() {
		String contosoGroup = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:Group";

		PatchResult result = group("{'displayName':'G','" + contosoGroup + "':{'cost':'1'}}",
				op(Op.REMOVE, contosoGroup, null));

		assertThat(result.attributes()).isEqualTo(json("{'displayName':'G'}"));
	}

	@Test
	void applyWhenPathIsHeldExtensionNotNamedAfterTypeThenWholeExtension() {
		String custom = "urn:example:params:Custom";

		ObjectNode result = user("{'" + custom + "':{'a':'1'}}", op(Op.REPLACE, custom, "{'b':'2'}"));

		assertThat(result).isEqualTo(json("{'" + custom + "':{'a':'1','b':'2'}}"));
	}

	@Test
	void applyWhenExtensionAttributeIsNamedLikeResourceTypeThenAttributeOfExtension() {
		ObjectNode result = user("{'" + CONTOSO + "':{'region':'North'}}", op(Op.ADD, CONTOSO + ":User", "'x'"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'region':'North','User':'x'}}"));
	}

	@Test
	void applyWhenReplaceUnknownExtensionWithNullThenExtensionRemoved() {
		ObjectNode result = user("{'userName':'a','" + CONTOSO + "':{'region':'North'}}",
				op(Op.REPLACE, CONTOSO, "null"));

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void applyWhenUnknownExtensionUrnGetsNonObjectThenInvalidValueAndNothingStored() {
		assertScimType(() -> user("{}", op(Op.REPLACE, CONTOSO, "'South'")), "invalidValue");
		assertScimType(() -> user("{}", op(Op.ADD, null, "{'" + CONTOSO + "':['South']}")), "invalidValue");
	}

	@Test
	void applyWhenWholeExtensionPathHasValueFilterThenInvalidPath() {
		assertScimType(() -> user("{}", op(Op.REMOVE, CONTOSO + "[region eq \"North\"]", null)), "invalidPath");
	}

	@Test
	void applyWhenPathlessKeyIsUnknownExtensionUrnThenMergedIntoExtension() {
		ObjectNode result = user("{'" + CONTOSO + "':{'region':'North','site':'Leeds'}}",
				op(Op.REPLACE, null, "{'" + CONTOSO.toUpperCase(java.util.Locale.ROOT) + "':{'region':'South'}}"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'region':'South','site':'Leeds'}}"));
	}

	@Test
	void applyWhenPathlessUrnKeyNamesObjectAttributeOfUnknownExtensionThenStoredInIt() {
		ObjectNode result = user("{}", op(Op.ADD, null, "{'" + CONTOSO + ":address':{'street':'2 Park Row'}}"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'address':{'street':'2 Park Row'}}}"));
	}

	// RFC 7644 §3.5.2.1
	@Test
	void applyWhenAddListToUnknownListThenAppendedWithoutDuplicates() {
		ObjectNode first = user("{}", op(Op.ADD, CONTOSO + ":list", "['a','b']"));
		ObjectNode second = user(first.toString(), op(Op.ADD, CONTOSO + ":list", "['b','c']"));

		assertThat(second).isEqualTo(json("{'" + CONTOSO + "':{'list':['a','b','c']}}"));
	}

	@Test
	void applyWhenPathlessAddListToUnknownListThenAppended() {
		ObjectNode result = user("{'badges':['a'],'" + CONTOSO + "':{'list':['x']}}",
				op(Op.ADD, null, "{'badges':['b'],'" + CONTOSO + "':{'list':['y']}}"));

		assertThat(result).isEqualTo(json("{'badges':['a','b'],'" + CONTOSO + "':{'list':['x','y']}}"));
	}

	@Test
	void applyWhenReplaceUnknownListThenWholeListReplaced() {
		ObjectNode result = user("{'" + CONTOSO + "':{'list':['a','b']}}", op(Op.REPLACE, CONTOSO + ":list", "['c']"));

		assertThat(result).isEqualTo(json("{'" + CONTOSO + "':{'list':['c']}}"));
	}

	@Test
	void applyWhenAddPrimaryValueToUnknownListThenOtherValuesLosePrimary() {
		ObjectNode result = user("{'badges':[{'value':'a','primary':true}]}",
				op(Op.ADD, null, "{'badges':[{'value':'b','primary':true}]}"));

		assertThat(result.get("badges"))
			.isEqualTo(json("[{'value':'a','primary':false},{'value':'b','primary':true}]"));
	}

	// PR-14
	@Test
	void applyWhenUnknownUnqualifiedAttributeInPathThenInvalidPathAndNothingChanged() {
		ObjectNode group = json("{'displayName':'Choir'}");
		List<PatchOperation> operations = List.of(op(Op.REPLACE, "displayName", "'Band'"),
				op(Op.ADD, "memebers", "[{'value':'" + U1 + "'}]"));

		assertScimType(() -> this.engine.apply(ResourceType.GROUP, group, operations), "invalidPath");
		assertThat(group).isEqualTo(json("{'displayName':'Choir'}"));
	}

	@Test
	void applyWhenUnknownSubAttributeInPathThenInvalidPath() {
		assertScimType(() -> user("{}", op(Op.REPLACE, "name.nickname", "'x'")), "invalidPath");
	}

	@Test
	void applyWhenReadOnlyAttributesTargetedThenMutability() {
		assertScimType(() -> user("{}", op(Op.REPLACE, "id", "'x'")), "mutability");
		assertScimType(() -> user("{}", op(Op.REPLACE, "meta.created", "'2020-01-01T00:00:00Z'")), "mutability");
		assertScimType(() -> user("{}", op(Op.ADD, "groups", "[{'value':'" + U1 + "'}]")), "mutability");
		assertScimType(() -> user("{}", op(Op.REPLACE, "manager.displayName", "'Boss'")), "mutability");
	}

	@Test
	void applyWhenPasswordSetThenNothingStored() {
		ObjectNode result = user("{'userName':'a'}", op(Op.REPLACE, null, "{'password':'tmp-Xq83pw1'}"),
				op(Op.REPLACE, "password", "'other'"));

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void applyWhenPathlessReplaceThenEachAttributeApplied() {
		ObjectNode result = user("{'name':{'familyName':'Ng'}}", op(Op.REPLACE, null,
				"{'displayName':'Avery','name':{'givenName':'Avery'},'" + ENTERPRISE + "':{'department':'Sales'}}"));

		assertThat(result).isEqualTo(json("{'name':{'familyName':'Ng','givenName':'Avery'},'displayName':'Avery','"
				+ ENTERPRISE + "':{'department':'Sales'}}"));
	}

	@Test
	void applyWhenPathlessValueHasUnknownAttributeThenStoredAsSent() {
		ObjectNode result = user("{}", op(Op.ADD, null, "{'favouriteColour':'teal'}"));

		assertThat(result).isEqualTo(json("{'favouriteColour':'teal'}"));
	}

	@Test
	void applyWhenPathlessRemoveThenNoTarget() {
		assertScimType(() -> user("{}", op(Op.REMOVE, null, null)), "noTarget");
	}

	@Test
	void applyWhenPathlessValueIsNotObjectThenInvalidValue() {
		assertScimType(() -> user("{}", op(Op.REPLACE, null, "'x'")), "invalidValue");
	}

	@Test
	void applyWhenRemoveListedValuesOfMultiValuedThenOnlyThoseRemoved() {
		ObjectNode result = user("{'emails':[{'type':'work','value':'A@c.com'},{'type':'home','value':'b@h.example'}]}",
				op(Op.REMOVE, "emails", "[{'value':'a@c.com'}]"));

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'home','value':'b@h.example'}]"));
	}

	@Test
	void applyWhenRemoveCarriesValueOnSingleValuedThenInvalidSyntax() {
		assertScimType(() -> user("{'title':'x'}", op(Op.REMOVE, "title", "'x'")), "invalidSyntax");
	}

	@Test
	void applyWhenOperationsRepeatOnSameAttributeThenAppliedInOrder() {
		ObjectNode result = user("{'externalId':'a'}", op(Op.REMOVE, "externalId", null),
				op(Op.ADD, "externalId", "'b'"), op(Op.REPLACE, "externalId", "'c'"));

		assertThat(result.get("externalId").asString()).isEqualTo("c");
	}

	@Test
	void applyWhenLaterOperationFailsThenInputDocumentUnchanged() {
		ObjectNode document = json("{'title':'Buyer'}");
		List<PatchOperation> operations = List.of(op(Op.REPLACE, "title", "'Chief'"), op(Op.REPLACE, "id", "'x'"));

		assertScimType(() -> this.engine.apply(ResourceType.USER, document, operations), "mutability");
		assertThat(document).isEqualTo(json("{'title':'Buyer'}"));
	}

	@Test
	void applyWhenSucceedsThenInputDocumentUnchanged() {
		ObjectNode document = json("{'title':'Buyer'}");

		this.engine.apply(ResourceType.USER, document, List.of(op(Op.REPLACE, "title", "'Chief'")));

		assertThat(document).isEqualTo(json("{'title':'Buyer'}"));
	}

	// TC-78, PR-12
	@Test
	void applyWhenAddMembersThenAddChangeAndDocumentUntouched() {
		PatchResult result = group("{'displayName':'G'}",
				op(Op.ADD, "members", "[{'$ref':null,'value':'" + U1 + "'},{'$ref':null,'value':'" + U2 + "'}]"));

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Add(Set.of(UUID.fromString(U1), UUID.fromString(U2))));
		assertThat(result.attributes()).isEqualTo(json("{'displayName':'G'}"));
	}

	// TC-80, PR-12
	@Test
	void applyWhenRemoveMemberByFilterThenRemoveChange() {
		PatchResult result = group("{}", op(Op.REMOVE, "members[value eq \"" + U1 + "\"]", null));

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(U1))));
	}

	@Test
	void applyWhenRemoveMembersByOrFilterThenRemoveChangeWithAll() {
		PatchResult result = group("{}",
				op(Op.REMOVE, "members[value eq \"" + U1 + "\" or value eq \"" + U2 + "\"]", null));

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(U1), UUID.fromString(U2))));
	}

	@Test
	void applyWhenRemoveMembersWithValueListThenOnlyListedRemoved() {
		PatchResult result = group("{}", op(Op.REMOVE, "members", "[{'$ref':null,'value':'" + U1 + "'}]"));

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(U1))));
	}

	// TC-88
	@Test
	void applyWhenRemoveMembersWithoutValueThenRemoveAll() {
		PatchResult result = group("{}", op(Op.REMOVE, "members", null));

		assertThat(result.membershipChanges()).containsExactly(new MembershipChange.RemoveAll());
	}

	// TC-82
	@Test
	void applyWhenReplaceMembersThenReplaceChange() {
		PatchResult result = group("{}", op(Op.REPLACE, "members", "[{'value':'" + U2 + "'}]"));

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Replace(Set.of(UUID.fromString(U2))));
	}

	// PR-14
	@Test
	void applyWhenPathlessAddOrReplaceMembersThenAddOrReplaceChange() {
		PatchResult result = group("{}", op(Op.ADD, null, "{'members':[{'value':'" + U1 + "'}]}"),
				op(Op.REPLACE, null, "{'members':[{'value':'" + U2 + "'}],'displayName':'New'}"));

		assertThat(result.membershipChanges()).containsExactly(new MembershipChange.Add(Set.of(UUID.fromString(U1))),
				new MembershipChange.Replace(Set.of(UUID.fromString(U2))));
		assertThat(result.attributes()).isEqualTo(json("{'displayName':'New'}"));
	}

	@Test
	void applyWhenAddedMemberValueIsNotUuidThenInvalidValue() {
		assertScimType(() -> group("{}", op(Op.ADD, "members", "[{'value':'not-a-uuid'}]")), "invalidValue");
		assertScimType(() -> group("{}", op(Op.REPLACE, "members", "[{'value':'not-a-uuid'}]")), "invalidValue");
	}

	// CLIENTS.md §1.11, E12: removing a non-member is a no-op
	@Test
	void applyWhenRemoveMemberByFilterWithNonUuidThenNoChange() {
		PatchResult result = group("{'displayName':'G'}", op(Op.REMOVE, "members[value eq \"nonmember\"]", null));

		assertThat(result.membershipChanges()).isEmpty();
		assertThat(result.attributes()).isEqualTo(json("{'displayName':'G'}"));
	}

	@Test
	void applyWhenRemoveMembersListsNonUuidsThenOnlyUuidsRemoved() {
		PatchResult result = group("{}",
				op(Op.REMOVE, "members", "[{'value':'nonmember'},{'value':'" + U1 + "'},{'value':'" + U1 + "-x'}]"),
				op(Op.REMOVE, "members", "[{'$ref':null,'value':'nonmember'}]"),
				op(Op.REMOVE, "members[value eq \"nope\" or value eq \"" + U2 + "\"]", null));

		assertThat(result.membershipChanges()).containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(U1))),
				new MembershipChange.Remove(Set.of(UUID.fromString(U2))));
	}

	@Test
	void applyWhenRemovedMemberHasNoStringValueThenInvalidValue() {
		assertScimType(() -> group("{}", op(Op.REMOVE, "members", "[{'display':'Avery'}]")), "invalidValue");
		assertScimType(() -> group("{}", op(Op.REMOVE, "members", "[{'value':7}]")), "invalidValue");
	}

	@Test
	void applyWhenMembersFilterIsNotValueEqualityThenInvalidFilter() {
		assertScimType(() -> group("{}", op(Op.REMOVE, "members[type eq \"User\"]", null)), "invalidFilter");
	}

	@Test
	void applyWhenAddThroughMembersFilterThenInvalidPath() {
		assertScimType(() -> group("{}", op(Op.ADD, "members[value eq \"" + U1 + "\"].display", "'x'")), "invalidPath");
	}

	// TC-84
	@Test
	void applyWhenGroupPathlessReplaceOfDisplayNameAndExternalIdThenBothUpdated() {
		PatchResult result = group("{'displayName':'Old','externalId':'ext-1'}",
				op(Op.REPLACE, null, "{'displayName':'New Name'}"), op(Op.REPLACE, null, "{'externalId':'ext-2'}"));

		assertThat(result.attributes()).isEqualTo(json("{'displayName':'New Name','externalId':'ext-2'}"));
		assertThat(result.membershipChanges()).isEmpty();
	}

	@Test
	void applyWhenRequiredAttributeRemovedOrClearedThenMutability() {
		assertScimType(() -> user("{'userName':'a'}", op(Op.REMOVE, "userName", null)), "mutability");
		assertScimType(() -> user("{'userName':'a'}", op(Op.REPLACE, "userName", "''")), "mutability");
		assertScimType(() -> group("{'displayName':'G'}", op(Op.REPLACE, null, "{'displayName':null}")), "mutability");
	}

	@Test
	void applyWhenUserPatchesMembersThenInvalidPath() {
		assertScimType(() -> user("{}", op(Op.ADD, "members", "[{'value':'" + U1 + "'}]")), "invalidPath");
	}

	// Defect 3: add without a value, or with null, must not clear
	@Test
	void applyWhenAddHasNoValueOrNullThenInvalidValueAndNothingCleared() {
		ObjectNode document = json("{'userName':'a','displayName':'A'}");

		for (PatchOperation operation : List.of(op(Op.ADD, "displayName", null), op(Op.ADD, "displayName", "null"),
				op(Op.ADD, "emails[type eq \"work\"].value", "null"))) {
			assertScimType(() -> this.engine.apply(ResourceType.USER, document, List.of(operation)), "invalidValue");
		}
		assertThat(document).isEqualTo(json("{'userName':'a','displayName':'A'}"));
	}

	@Test
	void applyWhenReplaceHasNoValueThenInvalidValue() {
		assertScimType(() -> user("{'userName':'a','title':'T'}", op(Op.REPLACE, "title", null)), "invalidValue");
	}

	@Test
	void applyWhenAddMembersWithNullThenInvalidValue() {
		assertScimType(() -> group("{'displayName':'G'}", op(Op.ADD, "members", "null")), "invalidValue");
		assertScimType(() -> group("{'displayName':'G'}", op(Op.ADD, "members", null)), "invalidValue");
	}

	@Test
	void applyWhenReplaceMembersWithNullThenReplacedByNone() {
		PatchResult result = group("{'displayName':'G'}", op(Op.REPLACE, "members", "null"));

		assertThat(result.membershipChanges()).containsExactly(new MembershipChange.Replace(Set.of()));
	}

	// Defect 1: keys of path-less values and of values are attribute names
	@Test
	void applyWhenPathlessKeyIsNotAttributeNameThenInvalidPathAndNothingStored() {
		for (String key : List.of("", "$ref", "emails[type eq \\\"work\\\"].value", "a b", "name.")) {
			ObjectNode document = json("{'userName':'a'}");

			assertScimType(() -> this.engine.apply(ResourceType.USER, document,
					List.of(op(Op.ADD, null, "{'displayName':'A','" + key + "':'x'}"))), "invalidPath");
		}
	}

	@Test
	void applyWhenExtensionObjectHasInvalidKeyThenInvalidPath() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		assertScimType(() -> user("{}", op(Op.ADD, null, "{'" + contoso + "':{'cost region':'EU'}}")), "invalidPath");
		assertScimType(() -> user("{}", op(Op.ADD, ENTERPRISE, "{'':'x'}")), "invalidPath");
	}

	@Test
	void applyWhenValueHasInvalidSubAttributeNameThenInvalidValue() {
		assertScimType(() -> user("{}", op(Op.ADD, "emails", "[{'value':'a@b.c','':'x'}]")), "invalidValue");
		assertScimType(() -> user("{}", op(Op.ADD, "name", "{'$ref':'x'}")), "invalidValue");
		assertScimType(() -> user("{}", op(Op.ADD, null, "{'favourite':{'a b':1}}")), "invalidValue");
		assertScimType(() -> user("{}", op(Op.REPLACE, "emails[type eq \"work\"]", "{'value':'a@b.c','v v':1}")),
				"invalidValue");
	}

	@Test
	void applyWhenRefInMultiValuedOrReferenceValueThenAccepted() {
		ObjectNode result = user("{}",
				op(Op.ADD, "photos", "[{'value':'https://p.example/1','$ref':'https://p.example/1'}]"));

		assertThat(result.at("/photos/0/$ref").asString()).isEqualTo("https://p.example/1");
	}

	// Defect 5
	@Test
	void applyWhenValueNamesAttributeTwiceInDifferentCaseThenInvalidSyntax() {
		assertScimType(() -> user("{}", op(Op.REPLACE, null, "{'title':'a','TITLE':'b'}")), "invalidSyntax");
		assertScimType(() -> user("{}", op(Op.ADD, "name", "{'givenName':'a','GivenName':'b'}")), "invalidSyntax");
		assertScimType(() -> user("{}", op(Op.ADD, ENTERPRISE, "{'department':'a','DEPARTMENT':'b'}")),
				"invalidSyntax");
	}

	// Defect 4: at most one primary value (RFC 7643 §2.4)
	@Test
	void applyWhenAddedValuesHoldTwoPrimariesThenInvalidValue() {
		assertScimType(
				() -> user("{}",
						op(Op.ADD, "emails", "[{'value':'a@b.c','primary':true},{'value':'d@e.f','primary':true}]")),
				"invalidValue");
		assertScimType(
				() -> user("{}",
						op(Op.REPLACE, "roles", "[{'value':'A','primary':true},{'value':'B','primary':true}]")),
				"invalidValue");
	}

	@Test
	void applyWhenPrimarySetOnEveryValueThenInvalidValue() {
		assertScimType(() -> user("{'emails':[{'value':'a@b.c'},{'value':'d@e.f'}]}",
				op(Op.REPLACE, "emails.primary", "true")), "invalidValue");
	}

	@Test
	void applyWhenUnknownAttributeGetsTwoPrimariesThenInvalidValue() {
		assertScimType(
				() -> user("{}",
						op(Op.ADD, null, "{'badges':[{'value':'a','primary':true},{'value':'b','primary':true}]}")),
				"invalidValue");
	}

	@Test
	void applyWhenPrimarySetThroughFilterThenOtherValuesLosePrimary() {
		ObjectNode result = user(
				"{'emails':[{'type':'work','value':'a@b.c','primary':true},{'type':'home','value':'d@e.f'}]}",
				op(Op.REPLACE, "emails[type eq \"home\"].primary", "true"));

		assertThat(result.at("/emails/0/primary").booleanValue()).isFalse();
		assertThat(result.at("/emails/1/primary").booleanValue()).isTrue();
	}

	@Test
	void applyWhenStoredValuesAlreadyHoldTwoPrimariesAndOtherAttributeChangesThenApplied() {
		ObjectNode result = user("{'emails':[{'value':'a@b.c','primary':true},{'value':'d@e.f','primary':true}]}",
				op(Op.REPLACE, "title", "'Buyer'"));

		assertThat(result.get("title").asString()).isEqualTo("Buyer");
	}

	// Defect 6
	@Test
	void applyWhenControlCharacterInIdentifyingNameThenInvalidValue() {
		assertScimType(() -> user("{'userName':'a'}", op(Op.REPLACE, "userName", "'a\\u0000'")), "invalidValue");
		assertScimType(() -> user("{'userName':'a'}", op(Op.REPLACE, null, "{'externalId':'x\\ty'}")), "invalidValue");
		assertScimType(() -> group("{'displayName':'G'}", op(Op.REPLACE, "displayName", "'G\\u007f'")), "invalidValue");
	}

	@Test
	void applyWhenControlCharacterInOtherAttributeThenStored() {
		ObjectNode result = user("{'userName':'a'}", op(Op.REPLACE, "title", "'Line\\nTwo'"));

		assertThat(result.get("title").asString()).isEqualTo("Line\nTwo");
	}

	private ObjectNode user(String document, PatchOperation... operations) {
		return this.engine.apply(ResourceType.USER, json(document), List.of(operations)).attributes();
	}

	private PatchResult group(String document, PatchOperation... operations) {
		return this.engine.apply(ResourceType.GROUP, json(document), List.of(operations));
	}

	static PatchOperation op(Op op, @Nullable String path, @Nullable String value) {
		return new PatchOperation(op, (path != null) ? FilterParser.parsePath(path) : null,
				(value != null) ? json(value) : null);
	}

	@SuppressWarnings("unchecked")
	static <T extends JsonNode> T json(String text) {
		return (T) JSON.readTree(text.replace('\'', '"'));
	}

	private static String escape(String urn) {
		return urn.replace("~", "~0").replace("/", "~1");
	}

	private static void assertScimType(Runnable call, String scimType) {
		assertThatExceptionOfType(ScimException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo(scimType));
	}

}
